/**
 * Templates and the guide steps that produce them: which step a `when`
 * reference names (for the template's page and document), and which templates
 * a guide produces (for its "Templates for this step"). Plain functions over
 * plain data, so the pages and the tests share them.
 */
import { ENTRY_PATHS } from '../../schemas/paths.ts';

/** A guide as these functions need it: its slug, title and headings. */
export interface GuideOutline {
  id: string;
  title: string;
  headings: readonly { slug: string; text: string }[];
}

/** A guide step a template names, resolved for a link: `{ path: '/toolbox/x/#documents-you-produce', title: 'Step 4 …', section: 'Documents you produce' }`. */
export interface GuideStep {
  ref: string;
  guide: string;
  path: string;
  title: string;
  section: string | undefined;
}

/** `splitStepRef('guides/x#y')` is `{ guide: 'x', section: 'y' }`; without `#`, section is undefined. */
export function splitStepRef(ref: string): { guide: string; section: string | undefined } {
  const [guide = '', section] = ref.replace(/^guides\//, '').split('#');
  return { guide, section };
}

/**
 * The step a `when` reference names, with the guide's title and the section's heading text;
 * undefined when the guide is not published (the content check has already refused such a reference).
 */
export function resolveStep(ref: string, guides: readonly GuideOutline[]): GuideStep | undefined {
  const { guide, section } = splitStepRef(ref);
  const found = guides.find((g) => g.id === guide);
  if (!found) return undefined;
  const heading = section === undefined ? undefined : found.headings.find((h) => h.slug === section)?.text;
  return {
    ref,
    guide,
    path: `${ENTRY_PATHS.guides(guide)}${section === undefined ? '' : `#${section}`}`,
    title: found.title,
    section: heading,
  };
}

/** How a step reads in a list or a document: "Step 4: Decide to cooperate, Documents you produce". */
export function stepLabel(step: Pick<GuideStep, 'title' | 'section'>): string {
  return step.section ? `${step.title}, ${step.section}` : step.title;
}

/** The templates whose `when` names a guide, in the order given: `templatesForGuide(all, 'decision-to-cooperate')`. */
export function templatesForGuide<T extends { data: { when: readonly string[] } }>(
  templates: readonly T[],
  guide: string,
): T[] {
  return templates.filter((t) => t.data.when.some((ref) => splitStepRef(ref).guide === guide));
}

/** One step per guide, the first named, for a list that names each guide once: two sections of one guide read as that guide. */
export function onePerGuide(steps: readonly GuideStep[]): GuideStep[] {
  const seen = new Set<string>();
  return steps.filter((step) => !seen.has(step.guide) && seen.add(step.guide));
}
