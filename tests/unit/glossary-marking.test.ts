import { describe, expect, it } from 'vitest';
import { glossaryMatcher, markFirstUses } from '../../src/lib/glossary-marking.ts';
import { renderBody } from '../../src/pipeline/render/index.ts';

const terms = [
  { term: 'PCP', expansion: 'Pre-commercial procurement' },
  { term: 'JCBPP', expansion: 'Joint cross-border public procurement' },
  { term: 'PP', expansion: 'Public procurement' },
  { term: 'EU', expansion: 'EU' },
];
const matcher = glossaryMatcher(terms);

describe('markFirstUses', () => {
  it('marks the first use of a term and leaves later uses plain', () => {
    expect(markFirstUses('PCP before PCP', matcher, new Set())).toEqual([
      { abbr: 'PCP', title: 'Pre-commercial procurement' },
      ' before PCP',
    ]);
  });

  it('remembers terms already marked in earlier text of the page', () => {
    const seen = new Set<string>();
    markFirstUses('About PCP.', matcher, seen);
    expect(markFirstUses('More PCP.', matcher, seen)).toEqual(['More PCP.']);
  });

  it('matches whole words only', () => {
    expect(markFirstUses('PCPs and APCP and PCP-like', matcher, new Set())).toEqual(['PCPs and APCP and PCP-like']);
  });

  it('prefers the longer term over a shorter one inside it', () => {
    expect(markFirstUses('A JCBPP.', matcher, new Set())).toEqual([
      'A ',
      { abbr: 'JCBPP', title: 'Joint cross-border public procurement' },
      '.',
    ]);
  });

  it('is case-sensitive, as acronyms are', () => {
    expect(markFirstUses('pcp', matcher, new Set())).toEqual(['pcp']);
  });

  it('marks several different terms in one text', () => {
    const segments = markFirstUses('PCP or PP?', matcher, new Set());
    expect(segments.filter((s) => typeof s !== 'string').map((s) => (s as { abbr: string }).abbr)).toEqual([
      'PCP',
      'PP',
    ]);
  });

  it('skips terms whose expansion is the term itself', () => {
    expect(markFirstUses('The EU', matcher, new Set())).toEqual(['The EU']);
  });

  it('marks nothing when the glossary is empty', () => {
    expect(markFirstUses('PCP', glossaryMatcher([]), new Set())).toEqual(['PCP']);
  });
});

describe('glossary marking in a rendered body', () => {
  const html = (markdown: string) => renderBody(markdown, { base: '/', glossary: matcher }).html.trim();

  it('wraps the first use on the page in abbr with the expansion as title', () => {
    expect(html('We used PCP. Then PCP again.')).toBe(
      '<p>We used <abbr title="Pre-commercial procurement">PCP</abbr>. Then PCP again.</p>',
    );
  });

  it('does not mark terms in headings, links or code, and marks the first use in running text instead', () => {
    const out = html('## PCP\n\n[PCP](/x/) and `PCP`, then PCP.');
    expect(out).toContain('<h2 id="pcp">PCP</h2>');
    expect(out).toContain('<a href="/x/">PCP</a>');
    expect(out).toContain('<code>PCP</code>');
    expect(out).toContain('then <abbr title="Pre-commercial procurement">PCP</abbr>.');
  });

  it('starts afresh for every page', () => {
    expect(html('PCP')).toContain('<abbr');
    expect(html('PCP')).toContain('<abbr');
  });
});
