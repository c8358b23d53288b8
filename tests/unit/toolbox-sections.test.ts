import { describe, expect, it } from 'vitest';
import { sectionPath, toolboxSections } from '../../src/lib/toolbox-sections.ts';

const guide = (id: string, phase: 'prepare' | 'tender', step: number, instruments: string[]) => ({ id, data: { title: id, phase, step, instruments } });
const guides = [guide('b', 'tender', 1, ['pcp']), guide('a', 'prepare', 2, ['jcbpp', 'pcp']), guide('c', 'prepare', 1, ['jcbpp'])];

describe('toolboxSections', () => {
  it('gives the phases in the order a procurement runs, each by step, then the instruments in the given order', () => {
    const sections = toolboxSections(guides, ['pcp', 'ppi', 'jcbpp']);
    expect(sections.map((s) => [s.kind, s.key, s.guides.map((g) => g.id)])).toEqual([
      ['phase', 'prepare', ['c', 'a']],
      ['phase', 'tender', ['b']],
      ['instrument', 'pcp', ['b', 'a']],
      ['instrument', 'jcbpp', ['a', 'c']],
    ]);
  });
});

describe('sectionPath', () => {
  it('has two segments under /toolbox/, so it never clashes with a guide at /toolbox/<slug>/', () => {
    expect(sectionPath('phase', 'prepare')).toBe('/toolbox/phase/prepare/');
    expect(sectionPath('instrument', 'pcp')).toBe('/toolbox/instrument/pcp/');
    expect(sectionPath('phase', 'prepare').split('/').filter(Boolean)).toHaveLength(3);
  });
});
