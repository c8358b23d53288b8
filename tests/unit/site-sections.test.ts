import { describe, expect, it } from 'vitest';
import { SITE_SECTIONS, currentSection, indexSections } from '../../src/lib/site-sections.ts';

describe('the site sections of the main menu', () => {
  it('puts a detail page in the section of its listing', () => {
    expect(currentSection('/toolbox/joint-tender/')?.label).toBe('Toolbox');
    expect(currentSection('/examples/')?.label).toBe('Examples');
  });

  it('puts a page outside every section in none', () => {
    expect(currentSection('/')).toBeUndefined();
    expect(currentSection('/search/')).toBeUndefined();
  });

  it('lets a section nested in another win for its own pages', () => {
    const sections = [...SITE_SECTIONS, { path: '/toolbox/templates/', label: 'Templates' }];
    expect(currentSection('/toolbox/templates/letter/', sections)?.label).toBe('Templates');
    expect(currentSection('/toolbox/pcp/', sections)?.label).toBe('Toolbox');
  });

  it('lists as indexes only the sections that describe themselves as one', () => {
    expect(indexSections().map((s) => s.path)).not.toContain('/about/');
    expect(indexSections().every((s) => s.index.length > 0)).toBe(true);
  });
});
