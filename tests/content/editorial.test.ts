import { describe, expect, it } from 'vitest';
import { isDraft } from '../../src/pipeline/validate.ts';
import { content, label } from './content.ts';
import { editingNotePhrases, editorFacingIn, editorFacingPhrases, readerStrings, sharedSummaries, summaryKey } from './editorial.ts';

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
    'The source does not say how the other hosting states contract for their planes.',
    'The report does not say which partner\'s ministry gave the talk.',
    'The October 2023 report does not place this segment in one of them.',
    'Both name the same projects; neither source says so in as many words.',
    'None of the sources says the agreement has ended, so it is shown as ongoing.',
    'The EDA announcement shows that EDA ran the procurement; this page follows it.',
    'The eleventh listed here is Belgium, the lead procurer\'s country.',
    'They are shown here as one event.',
    'Listed here as a related case of innovation procurement in security.',
    'The classification on this page follows from what it describes.',
    '(The source writes only the acronym; the expansion is its usual meaning.)',
    'The date shown is the year of that forum.',
    'The status "completed" reflects the end of the project period in 2017.',
    'The lessons on this page come from the project\'s whitepaper.',
    'That is why the workshop is listed as online.',
    'The report prints these addresses with a typing error for the domain, which is used here.',
  ])('flags %j', (sentence) => {
    expect(editorFacingPhrases(sentence)).not.toEqual([]);
  });

  it.each([
    'We want everyone to be able to use this site.',
    'Suppliers could read the tender documents in English.',
    'The buyers found that the market was available to all suppliers.',
    'The Directive does not say which national law applies: the buyers agree it between them.',
    'The report on the pilot phase was published in 2022.',
    'Venue: not published.',
    'Open sources of intelligence are listed in the annex to the tender.',
  ])('leaves %j alone', (sentence) => {
    expect(editorFacingPhrases(sentence)).toEqual([]);
  });

  it.each([
    'Reworded the notes on the sources.',
    'Rewrote the summary and moved the note on the classification to the end of the page.',
    'Moved the note on the conference\'s two names to the end of the page.',
    'Removed a note about the editors\' sources.',
    'No longer shown as online, which no source says.',
    'Gave the page a summary of its own and said plainly that the report names three segments.',
  ])('flags the change note %j as editing, not guidance', (summary) => {
    expect([...editingNotePhrases(summary), ...editorFacingPhrases(summary)]).not.toEqual([]);
  });

  it.each([
    'Added the 2021 round\'s criteria.',
    'Rewrote the guide for practitioners, with the decisions to take, steps and pitfalls.',
    'Corrected the legal basis, which since 26 December 2022 is Regulation (EU) 2022/2371.',
    'First published.',
  ])('accepts the change note %j', (summary) => {
    expect([...editingNotePhrases(summary), ...editorFacingPhrases(summary)]).toEqual([]);
  });

  it('applies the editing rule to change notes only, and the source rule everywhere', () => {
    const data = { summary: 'Moved the note on the schedule.', changes: [{ date: '2026-12-05', summary: 'Moved the note on the schedule.', type: 'update' }] };
    expect(editorFacingIn({ data })).toEqual([['changes.0.summary', 'Moved the note']]);
  });

  it('reads the entry’s own words but not the titles of its sources', () => {
    const data = { summary: 'A case.', note: 'our inference', sources: [{ title: 'Sources we could read', url: 'https://example.org/' }] };
    expect(readerStrings(data).map(([where]) => where)).toEqual(['summary', 'note']);
    expect(editorFacingIn({ data, body: 'Text.' })).toEqual([['note', 'our inference']]);
  });
});

describe('published content, in every collection, speaks to the reader, not about its sources, editors or editing', () => {
  it.each(published.map((entry) => [label(entry), entry] as const))('%s', (_name, entry) => {
    expect(editorFacingIn(entry), `${entry.file}: say the fact to the reader ("Venue: not published"), and move notes about sources or editing to content/CHANGES.md`).toEqual([]);
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
