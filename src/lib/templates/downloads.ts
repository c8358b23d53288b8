/**
 * Each template's .docx, built once per build and shared by its page (which
 * shows the file's size) and its endpoint (which serves the file), so both
 * see the same bytes. Reads collections, so it is used by pages and endpoints only.
 */
import type { CollectionEntry } from 'astro:content';
import { published } from '../collections.ts';
import { lastUpdated } from '../last-updated.ts';
import { entryPath, withBase } from '../urls.ts';
import { templateDocx } from './docx.ts';
import { formatSize } from './size.ts';
import { resolveStep, stepLabel, type GuideOutline } from './steps.ts';

/** The media type of a .docx file. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `/templates/collaboration-agreement.docx`: beside the template's page, never inside it. */
export function docxPath(slug: string): string {
  return `/templates/${slug}.docx`;
}

/** Published guides with the headings their bodies were rendered with, for naming the steps templates belong to. */
export async function guideOutlines(): Promise<GuideOutline[]> {
  return (await published('guides')).map((guide) => ({
    id: guide.id,
    title: guide.data.title,
    headings: (guide.rendered?.metadata?.['headings'] as GuideOutline['headings'] | undefined) ?? [],
  }));
}

const built = new Map<string, Promise<Uint8Array>>();

/** The template's document; `site` and `base` give the page address printed in its footer. */
export function templateDocument(entry: CollectionEntry<'templates'>, site: URL | undefined, base: string) {
  const cached = built.get(entry.id);
  if (cached && !import.meta.env.DEV) return cached;
  const made = guideOutlines().then((guides) => {
    const stepTitles = new Map(
      entry.data.when.flatMap((ref) => {
        const step = resolveStep(ref, guides);
        return step ? [[ref, stepLabel(step)] as const] : [];
      }),
    );
    const path = withBase(entryPath('templates', entry.id), base);
    return templateDocx(entry.data, {
      pageUrl: site ? new URL(path, site).href : path,
      stepTitles,
      // The document is dated by the template's own history, never by the build, so rebuilding changes no byte.
      date:
        lastUpdated({ changes: entry.data.changes, lastReviewed: entry.data.lastReviewed })?.date ??
        entry.data.lastReviewed,
    });
  });
  built.set(entry.id, made);
  return made;
}

/** "Word document (.docx), 17 KB": what a download link says about its file. */
export async function docxLinkLabel(entry: CollectionEntry<'templates'>, site: URL | undefined, base: string) {
  const bytes = await templateDocument(entry, site, base);
  return `Word document (.docx), ${formatSize(bytes.length)}`;
}
