/**
 * Editorial rules the content tests apply to every entry: what counts as
 * text a reader sees, which phrases talk about the editors instead of the
 * subject, and which summaries collide. Kept apart from the tests so that
 * each rule is itself tested on small examples.
 */

/**
 * Phrases that describe the editors and their reading rather than the
 * subject: "the sources we could read", "not available to us", "our
 * inference". Provenance belongs in content/CHANGES.md; a page may say what a
 * source says or leaves out, but not what the editors managed to read.
 */
export const EDITOR_FACING: readonly RegExp[] = [
  /\b(?:sources?|documents?|pages?)\s+(?:that\s+)?we\s+(?:could|were able to|did|have|had)\s+(?:read|find|found|consult|access|check)/i,
  /\bwe\s+could\s+(?:not\s+)?(?:read|find|verify|confirm|access|check)\b/i,
  /\bwe\s+(?:did\s+not|didn't|have\s+not|haven't)\s+(?:read|find|consult|access|verify|check)\b/i,
  /\b(?:not\s+)?available\s+to\s+us\b/i,
  /\bno\s+source\s+we\b/i,
  /\bour\s+(?:inference|reading|judgement|judgment|calculation|guess|research brief|research)\b/i,
  /\bresearch\s+brief\b/i,
  /\bnot\s+retrievable\b/i,
  /\bnot\s+(?:stated|given|named|mentioned)\s+(?:in|by)\s+(?:the|any|our)\s+sources?\b/i,
  /\bCHANGES\.md\b|\bprovenance\s+notes?\b/i,
  // What a source, the report or the site's page does or leaves out, instead of the fact itself.
  /\b(?:the|this|that|a|our|any|its)\s+(?:(?:[A-Z][a-z]+|\d{4}|key\s+findings)\s+){0,3}(?:sources?|report)\s+(?:does|do|did)\s*(?:not|n't)\s+(?:say|state|give|name|mention|list|tie|place|report|describe|confirm)\b/i,
  /\b(?:neither|none\s+of\s+the|no\s+other)\s+sources?\b/i,
  /\b(?:source|report)\s+writes\s+only\b/i,
  /\b(?:the|this)\s+(?:source|report)\s+(?:describes|uses\s+neither|prints|heads\s+its)\b/i,
  /\bthis\s+page\s+(?:follows|uses|shows|takes|keeps|treats)\b/i,
  /\b(?:on|of)\s+this\s+page\s+(?:comes?|come\s+from|follows?|is\s+(?:our|the\s+editors'))\b/i,
  /\bshown\s+here\b|\b(?:listed|documented)\s+here\s+(?:is|as)\b|\bwhich\s+is\s+used\s+here\b/i,
  /\bthe\s+classification\s+on\s+this\s+page\b/i,
  /\bthe\s+(?:date|year|period|status)\s+shown\b/i,
  /\bthat\s+is\s+why\s+(?:the\s+\w+\s+)?is\s+(?:listed|shown)\b/i,
  /\bthe\s+status\s+"?\w+"?\s+reflects\b/i,
  /\bis\s+shown\s+as\s+(?:ongoing|completed|planned|online|one\s+event)\b/i,
  /\b(?:the|our)\s+editors?\b/i,
];

/**
 * Change notes a reader sees must say how the guidance changed ("Added the
 * 2021 round's criteria"), not how the page was edited ("Reworded the note on
 * the sources"): editing belongs in content/CHANGES.md.
 */
export const EDITING_NOTE: readonly RegExp[] = [
  /\b(?:reworded|rephrased|rewrote|rewritten|moved)\s+(?:the\s+|a\s+)?(?:summary|notes?|wording|status\s+note|list\s+of\s+differences)\b/i,
  /\bnotes?\s+(?:on|about)\s+(?:the\s+)?(?:sources?|editors?|announcement|classification)\b/i,
  /\bwhich\s+no\s+source\s+says\b/i,
  /\bsaid\s+plainly\b/i,
];

/** Each editor-facing phrase in `text`, as written. */
export function editorFacingPhrases(text: string): string[] {
  return EDITOR_FACING.flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [match[0]] : [];
  });
}

/** Fields whose text is not the entry's own words: the titles of other people's documents, and addresses. */
const NOT_OWN_WORDS = new Set(['sources', 'url', 'ref']);

/** Every string of an entry's data a reader sees, with its path (`summary`, `lessons.0`, `note`), skipping sources and addresses. */
export function readerStrings(data: unknown, path: string[] = []): [string, string][] {
  if (typeof data === 'string') return [[path.join('.'), data]];
  if (Array.isArray(data)) return data.flatMap((item, i) => readerStrings(item, [...path, String(i)]));
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => (NOT_OWN_WORDS.has(key) ? [] : readerStrings(value, [...path, key])));
}

/** Each phrase of a change note that describes editing rather than the guidance, as written. */
export function editingNotePhrases(summary: string): string[] {
  return EDITING_NOTE.flatMap((pattern) => {
    const match = pattern.exec(summary);
    return match ? [match[0]] : [];
  });
}

/** True for the path of a change note's summary: `changes.0.summary`. */
const isChangeSummary = (where: string) => /^changes\.\d+\.summary$/.test(where);

/**
 * Where an entry talks about its sources, editors or editing:
 * `['body', 'the sources we could read']`, `['note', 'our inference']`,
 * `['changes.0.summary', 'Reworded the note']`.
 */
export function editorFacingIn(entry: { data: unknown; body?: string | undefined }): [string, string][] {
  const texts: [string, string][] = [...readerStrings(entry.data), ...(entry.body === undefined ? [] : [['body', entry.body] as [string, string]])];
  return texts.flatMap(([where, text]) => {
    const phrases = [...editorFacingPhrases(text), ...(isChangeSummary(where) ? editingNotePhrases(text) : [])];
    return phrases.map((phrase) => [where, phrase] as [string, string]);
  });
}

/** A summary reduced to what a reader would notice: case, spacing and final punctuation ignored. */
export function summaryKey(summary: string): string {
  return summary.toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
}

/** Groups of entries (by label) that share a summary, each group listed once. */
export function sharedSummaries(entries: readonly { label: string; summary: string }[]): string[][] {
  const byKey = new Map<string, string[]>();
  for (const { label, summary } of entries) {
    const key = summaryKey(summary);
    byKey.set(key, [...(byKey.get(key) ?? []), label]);
  }
  return [...byKey.values()].filter((labels) => labels.length > 1);
}

/** True for an http(s) address with a domain: what a reader can follow to check a source. */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export interface SourceLike {
  title?: unknown;
  url?: unknown;
  publisher?: unknown;
  date?: unknown;
}

/**
 * Why a source cannot be checked by a reader, or undefined when it can: it
 * either has a web address, or, for a document without one (such as the
 * project's October 2023 report), names who published it and when.
 */
export function uncheckableSource(source: SourceLike): string | undefined {
  if (source.url !== undefined) return isHttpUrl(source.url) ? undefined : `"${String(source.url)}" is not an http(s) address`;
  if (typeof source.publisher !== 'string' || source.publisher.trim() === '') return 'has no address and names no publisher';
  if (source.date === undefined) return 'has no address and no date';
  return undefined;
}

/**
 * True when an entry says it was last confirmed after the newest of its
 * dated sources: `{ asOf: '2024-12', sources: [{ date: '2023-10' }] }`. A
 * list cannot be confirmed later than the document that lists it. Dates are
 * compared at the precision both give (`2023-10-15` is within `2023-10`).
 */
export function confirmedAfterSources(entry: { asOf: string; sources: readonly { date?: unknown }[] }): boolean {
  const dates = entry.sources.flatMap((source) => (typeof source.date === 'string' ? [source.date] : []));
  if (dates.length === 0) return false;
  return dates.every((date) => {
    const length = Math.min(date.length, entry.asOf.length);
    return entry.asOf.slice(0, length) > date.slice(0, length);
  });
}

/**
 * Hosts a source must not cite: scraped mirrors and copy sites of documents
 * that have an official address (a Commission press release, a Horizon 2020
 * work programme, an iProcureNet report), press-release resellers, and
 * national transpositions standing in for EU law (cite EUR-Lex instead).
 * Add a host here when a review finds another; the reason goes beside it.
 */
export const MIRROR_HOSTS: readonly string[] = [
  '24livehost.com', // scraped copy of a Commission health page
  'paperzz.com', // copies of EU documents
  'vdocument.in', // copies of EU and project documents
  'vdocuments.mx',
  'vdocuments.net',
  'cobrief.com', // auto-generated glossary
  'einpresswire.com', // press-release reseller
  'codiceappalti.it', // a repealed Italian code, not EU law
  'vergaberecht.expert', // a national reading of the Directive, not EU law
  'pcr2015.uk', // the UK's transposition, not EU law
];

/** The mirror host an address belongs to, or undefined: `mirrorHost('https://www.paperzz.com/doc/1')` is `paperzz.com`. */
export function mirrorHost(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return MIRROR_HOSTS.find((mirror) => host === mirror || host.endsWith(`.${mirror}`));
}
