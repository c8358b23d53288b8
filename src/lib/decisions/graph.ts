/**
 * A decision aid as a graph: questions whose answers lead to another question
 * or to an outcome. Plain functions over the aid's typed data, used by the
 * content check (graph rules) and by the pages (which answer paths exist, what
 * a path leads to). Addresses follow GOV.UK's smart answers: the answers given
 * so far are the path, `/decisions/<aid>/y/<answer>/<answer>/`.
 */
import type { DecisionAid, DecisionOutcome, DecisionQuestion } from '../../schemas/decisions.ts';
import { closest } from '../text/closest.ts';

/** The graph of an aid: what the graph rules and the walk need, nothing else. */
export type AidGraph = Pick<DecisionAid, 'start' | 'questions' | 'outcomes'>;

/**
 * How many answer paths (pages) one aid may have. Each path is a page of its
 * own, so an aid whose questions multiply beyond this is split into two aids
 * rather than published as thousands of pages.
 */
export const MAX_ANSWER_PATHS = 200;

/** A broken rule, located by the field path inside the aid's file, e.g. `['questions', 'scope', 'options', 'yes', 'next']`. */
export interface GraphIssue {
  path: (string | number)[];
  message: string;
  hint?: string;
}

/** One answer given: the question asked and the id of the answer chosen. */
export interface Answer {
  question: string;
  option: string;
}

/** Where a path of answers leads: a question still to answer, or an outcome. */
export type Step =
  | { kind: 'question'; id: string; question: DecisionQuestion; answers: Answer[] }
  | { kind: 'outcome'; id: string; outcome: DecisionOutcome; answers: Answer[] };

const has = (record: object, key: string) => Object.hasOwn(record, key);

/** Every node an option may lead to, for "did you mean" hints. */
const nodeIds = (aid: AidGraph) => [...Object.keys(aid.questions), ...Object.keys(aid.outcomes)];

/**
 * Every broken graph rule of an aid, all at once: a start that is not a
 * question, an id used by a question and an outcome, an answer leading
 * nowhere, a question or outcome the reader can never reach, an answer that
 * leads back to a question already asked (a cycle), and more answer paths
 * than MAX_ANSWER_PATHS.
 */
export function graphIssues(aid: AidGraph): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const ids = nodeIds(aid);
  for (const id of Object.keys(aid.outcomes)) {
    if (has(aid.questions, id))
      issues.push({
        path: ['outcomes', id],
        message: `"${id}" is the id of a question and of an outcome, so an answer leading to it is ambiguous`,
        hint: 'rename the outcome or the question',
      });
  }
  if (!has(aid.questions, aid.start)) {
    const suggestion = closest(aid.start, Object.keys(aid.questions));
    issues.push({
      path: ['start'],
      message: has(aid.outcomes, aid.start)
        ? `"${aid.start}" is an outcome; the aid must start with a question`
        : `"${aid.start}" is not a question of this aid`,
      hint: suggestion ? `did you mean "${suggestion}"?` : `questions: ${Object.keys(aid.questions).join(', ')}`,
    });
  }
  for (const [questionId, question] of Object.entries(aid.questions)) {
    for (const [optionId, option] of Object.entries(question.options)) {
      if (has(aid.questions, option.next) || has(aid.outcomes, option.next)) continue;
      const suggestion = closest(option.next, ids);
      issues.push({
        path: ['questions', questionId, 'options', optionId, 'next'],
        message: `"${option.next}" is neither a question nor an outcome of this aid`,
        hint: suggestion ? `did you mean "${suggestion}"?` : 'write the id of a question or an outcome',
      });
    }
  }
  // Until every answer leads somewhere, what is reachable is not known: a typo in one `next` would also
  // report everything behind it as unreachable.
  if (issues.length > 0) return issues;
  issues.push(...cycleIssues(aid), ...reachabilityIssues(aid));
  if (issues.length === 0) {
    const count = countPaths(aid);
    if (count > MAX_ANSWER_PATHS)
      issues.push({
        path: ['start'],
        message: `the aid has ${count} answer paths, more than ${MAX_ANSWER_PATHS}; each is a page of its own`,
        hint: 'split it into two aids, or let more answers lead to the same question',
      });
  }
  return issues;
}

/** Answers that lead back to a question already on the path: depth first, each cycle reported once, at the answer that closes it. */
function cycleIssues(aid: AidGraph): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string) => {
    const question = aid.questions[id];
    if (!question || done.has(id)) return;
    onPath.push(id);
    for (const [optionId, option] of Object.entries(question.options)) {
      const back = onPath.indexOf(option.next);
      if (back !== -1) {
        issues.push({
          path: ['questions', id, 'options', optionId, 'next'],
          message: `leads back to "${option.next}", which was already asked: ${[...onPath.slice(back), option.next].join(' → ')}`,
          hint: 'an answer must lead to a later question or to an outcome; the aid would never end',
        });
        continue;
      }
      visit(option.next);
    }
    onPath.pop();
    done.add(id);
  };
  // From the start first, so a cycle is named as a reader meets it; then the rest, so no cycle goes unreported.
  for (const id of [aid.start, ...Object.keys(aid.questions)]) visit(id);
  return issues;
}

/** Questions and outcomes no answer path from the start reaches. */
function reachabilityIssues(aid: AidGraph): GraphIssue[] {
  const reached = new Set<string>([aid.start]);
  const queue = [aid.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const option of Object.values(aid.questions[id]?.options ?? {})) {
      if (reached.has(option.next)) continue;
      reached.add(option.next);
      queue.push(option.next);
    }
  }
  const issues: GraphIssue[] = [];
  for (const [group, what] of [
    ['questions', 'question'],
    ['outcomes', 'outcome'],
  ] as const) {
    for (const id of Object.keys(aid[group])) {
      if (reached.has(id)) continue;
      issues.push({
        path: [group, id],
        message: `the ${what} "${id}" cannot be reached: no answer on any path from "${aid.start}" leads to it`,
        hint: `let an answer lead to it with "next: ${id}", or remove it`,
      });
    }
  }
  return issues;
}

/** How many pages the aid's questions and outcomes make, one per answer path (the first question included). */
function countPaths(aid: AidGraph): number {
  const memo = new Map<string, number>();
  const count = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const question = aid.questions[id];
    const total = question
      ? 1 + Object.values(question.options).reduce((sum, option) => sum + count(option.next), 0)
      : 1;
    memo.set(id, total);
    return total;
  };
  return count(aid.start);
}

/**
 * Where a path of answers leads from the start, or undefined when an answer
 * is not one of its question's: `walk(aid, ['defence', 'yes'])`.
 * Only call on an aid without graph issues.
 */
export function walk(aid: AidGraph, optionIds: readonly string[]): Step | undefined {
  const answers: Answer[] = [];
  let id = aid.start;
  for (const optionId of optionIds) {
    const question = aid.questions[id];
    const option = question?.options[optionId];
    if (!question || !option || !has(question.options, optionId)) return undefined;
    answers.push({ question: id, option: optionId });
    id = option.next;
  }
  const question = aid.questions[id];
  if (question) return { kind: 'question', id, question, answers };
  const outcome = aid.outcomes[id];
  return outcome ? { kind: 'outcome', id, outcome, answers } : undefined;
}

/**
 * Every answer path from the start, the empty one (the first question)
 * included, depth first in the order the answers are written: the pages of
 * the aid. Only call on an aid without graph issues (no cycles).
 */
export function answerPaths(aid: AidGraph): string[][] {
  const paths: string[][] = [];
  const visit = (id: string, path: string[]) => {
    paths.push(path);
    const question = aid.questions[id];
    if (!question) return;
    for (const [optionId, option] of Object.entries(question.options)) visit(option.next, [...path, optionId]);
  };
  visit(aid.start, []);
  return paths;
}

/**
 * The address of the page a path of answers leads to, without the base path:
 * `stepPath('which-rules', ['defence', 'yes'])` is `/decisions/which-rules/y/defence/yes/`,
 * and `stepPath('which-rules', [])` is the first question, `/decisions/which-rules/y/`.
 */
export function stepPath(aidSlug: string, optionIds: readonly string[]): string {
  return `/decisions/${aidSlug}/y/${optionIds.map((id) => `${id}/`).join('')}`;
}

/** The route parameter of a path of answers (`'defence/yes'`, or undefined for the first question), as Astro's `[...answers]` takes it. */
export function answersParam(optionIds: readonly string[]): string | undefined {
  return optionIds.length === 0 ? undefined : optionIds.join('/');
}

/** `parseAnswersParam('defence/yes')` is `['defence', 'yes']`; undefined or empty is the first question. */
export function parseAnswersParam(param: string | undefined): string[] {
  return (param ?? '').split('/').filter(Boolean);
}
