/**
 * Anchors that trainers and old links rely on: frontmatter aliases must point
 * at a heading the page has, redirects must not shadow a live page, and every
 * event material or recording chapter `ref: guide-slug#section`, and every
 * template's `when: guides/guide-slug#section`, must name a section the guide
 * has (or keeps as an alias).
 */
import { closest } from '../../lib/text/closest.ts';
import type { Problem } from '../problems.ts';
import { isDraft, isPageEntry, type ValidEntry } from '../validate.ts';
import { collections } from '../../schemas/index.ts';
import { entryPath, type SiteMap } from './publication-map.ts';

/** An `anchors: { old-id: current-id }` map whose current ids are not headings, or whose old ids are still headings. */
export async function aliasProblems(entry: ValidEntry, site: SiteMap): Promise<Problem[]> {
  const anchors = isPageEntry(entry) ? entry.data.anchors : {};
  if (Object.keys(anchors).length === 0) return [];
  const headings = await site.headings(entry);
  const problems: Problem[] = [];
  for (const [old, current] of Object.entries(anchors)) {
    const where = { file: entry.file, ...entry.locate(['anchors', old]), field: `anchors.${old}` };
    if (!headings.includes(current)) {
      const suggestion = closest(current, headings);
      problems.push({
        ...where,
        message: `the alias #${old} points at #${current}, which is not a heading on this page`,
        hint: suggestion ? `did you mean ${suggestion}?` : `headings: ${headings.join(', ') || 'none'}`,
      });
    } else if (headings.includes(old)) {
      problems.push({
        ...where,
        message: `#${old} is still the id of a heading on this page, so it needs no alias`,
        hint: 'remove this line, or reword the heading it names',
      });
    }
  }
  return problems;
}

/** `redirectFrom` paths that are not directory paths, or that a live page or another entry already answers. */
export function redirectProblems(entries: readonly ValidEntry[], site: SiteMap): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, ValidEntry>();
  for (const entry of entries) {
    if (!isPageEntry(entry) || isDraft(entry)) continue;
    entry.data.redirectFrom.forEach((path, i) => {
      const where = { file: entry.file, ...entry.locate(['redirectFrom', i]), field: `redirectFrom.${i}` };
      const twin = seen.get(path);
      if (!path.endsWith('/'))
        problems.push({ ...where, message: `"${path}" must end with /`, hint: `write ${path}/` });
      else if (site.pages.has(path)) {
        const live = site.pages.get(path)?.entry;
        problems.push({
          ...where,
          message: `${path} is a live page${live ? ` (${live.file})` : ''}, so it cannot redirect`,
          hint: 'remove this line, or remove or rename the page that lives there',
        });
      } else if (twin)
        problems.push({
          ...where,
          message: `${path} already redirects to ${entryPath(twin)} (${twin.file})`,
          hint: 'an old address can lead to one page only; remove it from one of the two',
        });
      seen.set(path, entry);
    });
  }
  return problems;
}

/**
 * Every `guide#section` an entry names, with the field it is written in: event materials and chapters
 * (`guide-slug#section`), and the guide steps that produce a template (`guides/guide-slug#section`, read without the prefix).
 */
function guideSectionRefs(entry: ValidEntry): [PropertyKey[], string, string][] {
  const refs: [PropertyKey[], string, string][] = [];
  if (entry.collection === 'events')
    entry.data.materials.forEach((material, i) => {
      if (material.ref) refs.push([['materials', i, 'ref'], material.ref, '']);
      material.chapters.forEach((chapter, j) => refs.push([['materials', i, 'chapters', j, 'ref'], chapter.ref, '']));
    });
  if (entry.collection === 'templates')
    entry.data.when.forEach((ref, i) => refs.push([['when', i], ref.slice('guides/'.length), 'guides/']));
  return refs;
}

/** Event materials, chapters and template steps whose `guide#section` names a section the guide does not have. */
export async function guideSectionProblems(entry: ValidEntry, site: SiteMap): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [path, ref, prefix] of guideSectionRefs(entry)) {
    const [slug = '', section] = ref.split('#');
    if (section === undefined) continue;
    const guidePath = collections.guides.url(slug);
    // A missing or draft guide is reported by the reference check; only the section is checked here.
    if (!site.pages.get(guidePath)?.entry) continue;
    const anchors = await site.anchors(guidePath);
    if (!anchors || anchors.has(section)) continue;
    const suggestion = closest(section, anchors);
    problems.push({
      file: entry.file,
      ...entry.locate(path),
      field: path.join('.'),
      message: `"${prefix}${ref}": the guide ${slug} has no section #${section}`,
      hint: suggestion
        ? `did you mean "${prefix}${slug}#${suggestion}"?`
        : `sections of ${slug}: ${[...anchors].join(', ') || 'none'}`,
    });
  }
  return problems;
}
