import { describe, expect, it } from 'vitest';
import { aidSteps, followUpKind, followUpPath, givenAnswers, paragraphs } from '../../src/lib/decisions/pages.ts';
import { walk } from '../../src/lib/decisions/graph.ts';
import type { DecisionAid } from '../../src/schemas/decisions.ts';
import { searchRecord } from '../../src/lib/search/facets.ts';

const aid: DecisionAid = {
  title: 'Which way?',
  summary: 'A test aid.',
  intro: 'Two questions.',
  start: 'who',
  questions: {
    who: {
      text: 'Who buys?',
      options: { together: { label: 'We buy together', next: 'where' }, alone: { label: 'Alone', next: 'separate' } },
    },
    where: {
      text: 'Where are the buyers?',
      options: { abroad: { label: 'In several countries', next: 'joint' }, home: { label: 'Home', next: 'separate' } },
    },
  },
  outcomes: {
    joint: { title: 'Joint', text: 'Joint.', sources: [{ title: 'S' }], next: ['guides/joint-tender'] },
    separate: { title: 'Separate', text: 'Separate.', sources: [{ title: 'S' }], next: [] },
  },
  changes: [],
  draft: false,
};

describe('decision-aid pages', () => {
  it('makes one page per answer path', () => {
    expect(aidSteps(aid).map(({ answers, step }) => [answers.join('/'), step.id])).toEqual([
      ['', 'who'],
      ['together', 'where'],
      ['together/abroad', 'joint'],
      ['together/home', 'separate'],
      ['alone', 'separate'],
    ]);
  });

  it('lists the answers given, each changed on the page that asked it with the earlier answers kept', () => {
    const step = walk(aid, ['together', 'abroad'])!;
    expect(givenAnswers('which-way', aid, step)).toEqual([
      { question: 'Who buys?', answer: 'We buy together', change: '/decisions/which-way/y/' },
      { question: 'Where are the buyers?', answer: 'In several countries', change: '/decisions/which-way/y/together/' },
    ]);
  });

  it('splits plain text into paragraphs at empty lines, joining wrapped lines', () => {
    expect(paragraphs('One line\nwrapped.\n\n  Two.\n \n')).toEqual(['One line wrapped.', 'Two.']);
  });

  it('links guides, examples and templates at their addresses', () => {
    expect(followUpPath('guides/joint-tender')).toBe('/toolbox/joint-tender/');
    expect(followUpPath('examples/ppi4hpc')).toBe('/examples/ppi4hpc/');
    expect(followUpPath('templates/collaboration-agreement')).toBe('/templates/collaboration-agreement/');
    expect(followUpKind('templates/collaboration-agreement')).toBe('Template');
    expect(followUpPath('timelines/open')).toBe('/timelines/open/');
    expect(followUpKind('timelines/open')).toBe('Timeline');
  });

  it('is found in search under its own type, with its title as the topic', () => {
    expect(searchRecord({ collection: 'decisions', data: aid })).toEqual({
      filters: { type: ['Decision aid'] },
      meta: { type: 'Decision aid', summary: 'A test aid.', topic: 'Which way?' },
      sort: {},
    });
  });
});
