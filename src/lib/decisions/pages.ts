/**
 * What the decision-aid pages show, from an aid's data and a path of answers:
 * the pages to build, the answers given with a link to change each, the
 * paragraphs of a text, and where an outcome's "read next" links lead.
 */
import type { DecisionAid, FollowUpRef } from '../../schemas/decisions.ts';
import { ENTRY_PATHS } from '../../schemas/paths.ts';
import { timelinePath } from '../../schemas/timelines.ts';
import { answerPaths, stepPath, walk, type Step } from './graph.ts';

/** One answer as the outcome page lists it: the question, the answer, and the page that asks the question again. */
export interface GivenAnswer {
  question: string;
  answer: string;
  /** Address (without base) of the page that asked the question, with the answers before it. */
  change: string;
}

/** `[{ answers: [], step }, { answers: ['defence'], step }, …]`: every page of an aid, one per answer path. */
export function aidSteps(aid: DecisionAid): { answers: string[]; step: Step }[] {
  return answerPaths(aid).flatMap((answers) => {
    const step = walk(aid, answers);
    return step ? [{ answers, step }] : [];
  });
}

/**
 * The answers of a step as readers see them, each with the address of the
 * page that asked that question (so "Change" goes back to it with the earlier
 * answers kept): `givenAnswers('which-rules', aid, step)`.
 */
export function givenAnswers(aidSlug: string, aid: DecisionAid, step: Step): GivenAnswer[] {
  return step.answers.map((given, index) => {
    const question = aid.questions[given.question];
    return {
      question: question?.text ?? given.question,
      answer: question?.options[given.option]?.label ?? given.option,
      change: stepPath(
        aidSlug,
        step.answers.slice(0, index).map((a) => a.option),
      ),
    };
  });
}

/** Plain text split into paragraphs at empty lines, each with its lines joined: `paragraphs('a\nb\n\nc')` is `['a b', 'c']`. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** The address of a follow-up page: `followUpPath('guides/joint-tender')` is `/toolbox/joint-tender/`. */
export function followUpPath(ref: FollowUpRef): string {
  const [collection, slug] = ref.split('/') as [string, string];
  if (collection === 'guides' || collection === 'examples') return ENTRY_PATHS[collection](slug);
  if (collection === 'timelines') return timelinePath(slug);
  // The templates collection publishes at /templates/<slug>/.
  return `/${collection}/${slug}/`;
}

const KINDS: Record<string, string> = {
  guides: 'Guide',
  examples: 'Example',
  timelines: 'Timeline',
  templates: 'Template',
};

/** What a follow-up is, in a word a reader scans for: Guide, Example, Timeline, Template. */
export function followUpKind(ref: FollowUpRef): string {
  return KINDS[ref.split('/')[0] ?? ''] ?? 'Page';
}
