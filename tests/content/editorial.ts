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

/** Where an entry talks about its editors: `['body', 'the sources we could read']`, `['note', 'our inference']`. */
export function editorFacingIn(entry: { data: unknown; body?: string | undefined }): [string, string][] {
  const texts: [string, string][] = [...readerStrings(entry.data), ...(entry.body === undefined ? [] : [['body', entry.body] as [string, string]])];
  return texts.flatMap(([where, text]) => editorFacingPhrases(text).map((phrase) => [where, phrase] as [string, string]));
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
