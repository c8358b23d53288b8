import { describe, expect, it } from 'vitest';
import {
  MAX_ANSWER_PATHS,
  answerPaths,
  answersParam,
  graphIssues,
  parseAnswersParam,
  stepPath,
  walk,
  type AidGraph,
} from '../../src/lib/decisions/graph.ts';

const outcome = (title: string) => ({
  title,
  text: `${title}, explained.`,
  sources: [{ title: 'A source' }],
  next: [],
});
const question = (text: string, options: Record<string, string>) => ({
  text,
  options: Object.fromEntries(Object.entries(options).map(([id, next]) => [id, { label: id, next }])),
});

/** who → (together → where → (abroad → joint | home → separate) | alone → separate) */
function aid(): AidGraph {
  return {
    start: 'who',
    questions: {
      who: question('Who buys?', { together: 'where', alone: 'separate' }),
      where: question('Where?', { abroad: 'joint', home: 'separate' }),
    },
    outcomes: { joint: outcome('Joint'), separate: outcome('Separate') },
  };
}

describe('graphIssues', () => {
  it('finds nothing wrong in an acyclic aid where every node is reachable', () => {
    expect(graphIssues(aid())).toEqual([]);
  });

  it('reports an answer leading to an id that is neither a question nor an outcome, with the closest id', () => {
    const broken = aid();
    broken.questions['who']!.options['together']!.next = 'wher';
    expect(graphIssues(broken)).toEqual([
      {
        path: ['questions', 'who', 'options', 'together', 'next'],
        message: '"wher" is neither a question nor an outcome of this aid',
        hint: 'did you mean "where"?',
      },
    ]);
  });

  it('reports unreachable questions and outcomes', () => {
    const orphaned = aid();
    orphaned.outcomes['orphan'] = outcome('Orphan');
    orphaned.questions['lost'] = question('Lost?', { yes: 'joint', no: 'separate' });
    expect(graphIssues(orphaned).map((issue) => issue.path)).toEqual([
      ['questions', 'lost'],
      ['outcomes', 'orphan'],
    ]);
  });

  it('reports a cycle once, at the answer that closes it', () => {
    const looping = aid();
    looping.questions['where']!.options['home']!.next = 'who';
    expect(graphIssues(looping)).toMatchObject([
      {
        path: ['questions', 'where', 'options', 'home', 'next'],
        message: 'leads back to "who", which was already asked: who → where → who',
      },
    ]);
  });

  it('reports a cycle among questions no reader reaches, as well as their being unreachable', () => {
    const island = aid();
    island.questions['a'] = question('A?', { next: 'b', end: 'joint' });
    island.questions['b'] = question('B?', { back: 'a', end: 'joint' });
    const messages = graphIssues(island).map((issue) => issue.message);
    expect(messages).toContain('leads back to "a", which was already asked: a → b → a');
    expect(messages.filter((m) => m.includes('cannot be reached'))).toHaveLength(2);
  });

  it('reports a start that is an outcome or does not exist', () => {
    expect(graphIssues({ ...aid(), start: 'joint' })[0]?.message).toBe(
      '"joint" is an outcome; the aid must start with a question',
    );
    expect(graphIssues({ ...aid(), start: 'wh' })[0]).toMatchObject({
      path: ['start'],
      message: '"wh" is not a question of this aid',
    });
  });

  it('reports an id used by a question and an outcome', () => {
    const twin = aid();
    twin.outcomes['where'] = outcome('Where');
    expect(graphIssues(twin)[0]).toMatchObject({ path: ['outcomes', 'where'] });
  });

  it('reports an aid with more answer paths than pages allowed', () => {
    // A chain of questions with two answers each, both leading on: 2^n paths.
    const questions: AidGraph['questions'] = {};
    for (let i = 0; i < 9; i++)
      questions[`q${i}`] = question(`Q${i}?`, { a: i < 8 ? `q${i + 1}` : 'end', b: i < 8 ? `q${i + 1}` : 'end' });
    const issues = graphIssues({ start: 'q0', questions, outcomes: { end: outcome('End') } });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(new RegExp(`more than ${MAX_ANSWER_PATHS}; each is a page of its own$`));
  });
});

describe('walking an aid', () => {
  it('lists every answer path, the first question included, in the order answers are written', () => {
    expect(answerPaths(aid())).toEqual([[], ['together'], ['together', 'abroad'], ['together', 'home'], ['alone']]);
  });

  it('leads a path of answers to its question or outcome, keeping the answers given', () => {
    expect(walk(aid(), [])).toMatchObject({ kind: 'question', id: 'who', answers: [] });
    expect(walk(aid(), ['together', 'abroad'])).toMatchObject({
      kind: 'outcome',
      id: 'joint',
      answers: [
        { question: 'who', option: 'together' },
        { question: 'where', option: 'abroad' },
      ],
    });
  });

  it('leads nowhere for an answer its question does not have, or an answer past an outcome', () => {
    expect(walk(aid(), ['maybe'])).toBeUndefined();
    expect(walk(aid(), ['alone', 'more'])).toBeUndefined();
    expect(walk(aid(), ['toString'])).toBeUndefined();
  });
});

describe('answer addresses', () => {
  it('encodes the answers given as path segments after /y/', () => {
    expect(stepPath('which-rules', [])).toBe('/decisions/which-rules/y/');
    expect(stepPath('which-rules', ['defence', 'yes'])).toBe('/decisions/which-rules/y/defence/yes/');
  });

  it('turns answers into the route parameter and back', () => {
    expect(answersParam([])).toBeUndefined();
    expect(answersParam(['defence', 'yes'])).toBe('defence/yes');
    expect(parseAnswersParam('defence/yes')).toEqual(['defence', 'yes']);
    expect(parseAnswersParam(undefined)).toEqual([]);
    for (const path of answerPaths(aid())) expect(parseAnswersParam(answersParam(path))).toEqual(path);
  });
});
