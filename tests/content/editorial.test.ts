import { describe, expect, it } from 'vitest';
import { isDraft } from '../../src/pipeline/validate.ts';
import { content, label } from './content.ts';
import { editorFacingIn, editorFacingPhrases, readerStrings, sharedSummaries, summaryKey } from './editorial.ts';

const published = content.entries.filter((entry) => !isDraft(entry));

describe('the editor-facing phrase rule', () => {
  it.each([
    'The sources we could read do not name the buyers.',
    'That analysis was not available to us.',
    'That they are the same event is our inference.',
    'No source we could read confirms the release.',
    'We did not consult the CORDIS fact sheet.',
    'Our research brief said each centre used its own law.',
    'See the provenance notes (content/CHANGES.md in the repository).',
  ])('flags %j', (sentence) => {
    expect(editorFacingPhrases(sentence)).not.toEqual([]);
  });

  it.each([
    'The report does not say which ministry gave the talk.',
    'We want everyone to be able to use this site.',
    'Suppliers could read the tender documents in English.',
    'The buyers found that the market was available to all suppliers.',
  ])('leaves %j alone', (sentence) => {
    expect(editorFacingPhrases(sentence)).toEqual([]);
  });

  it('reads the entry’s own words but not the titles of its sources', () => {
    const data = { summary: 'A case.', note: 'our inference', sources: [{ title: 'Sources we could read', url: 'https://example.org/' }] };
    expect(readerStrings(data).map(([where]) => where)).toEqual(['summary', 'note']);
    expect(editorFacingIn({ data, body: 'Text.' })).toEqual([['note', 'our inference']]);
  });
});

describe('published content speaks to the reader, not about its editors', () => {
  it.each(published.map((entry) => [label(entry), entry] as const))('%s', (_name, entry) => {
    expect(editorFacingIn(entry), `${entry.file}: move notes about sourcing to content/CHANGES.md`).toEqual([]);
  });
});

describe('summaries', () => {
  it('treats summaries that differ only in case, spacing or a final full stop as the same', () => {
    expect(summaryKey('One of the  three segments.')).toBe(summaryKey('one of the three segments'));
    expect(sharedSummaries([
      { label: 'a', summary: 'Same text.' },
      { label: 'b', summary: 'same text' },
      { label: 'c', summary: 'Other text.' },
    ])).toEqual([['a', 'b']]);
  });

  it('are unique across all published entries, so lists, search results and feeds tell entries apart', () => {
    const withSummary = published.flatMap((entry) => ('summary' in entry.data ? [{ label: label(entry), summary: entry.data.summary }] : []));
    expect(withSummary.length).toBeGreaterThan(1);
    expect(sharedSummaries(withSummary)).toEqual([]);
  });
});
