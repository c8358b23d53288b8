/**
 * Pagefind's excerpts, tidied for the results list: a run of text and marked
 * words, as the search page builds it from Pagefind's HTML.
 */

/** A run of an excerpt: plain text, or a highlighted match. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Letters and digits (any script); what a highlight keeps. Apostrophes and hyphens inside a word stay with it. */
const EDGE = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/**
 * Highlights cover words, not the punctuation Pagefind keeps with them:
 * `[{ text: '(PCP),', mark: true }]` becomes `(`, `PCP` marked, `),`.
 */
export function wholeWordMarks(segments: readonly Segment[]): Segment[] {
  return segments.flatMap((segment) => {
    if (!segment.mark) return [segment];
    const [, before = '', word = '', after = ''] = EDGE.exec(segment.text) ?? [];
    if (word === '') return [{ text: segment.text, mark: false }];
    return [
      ...(before ? [{ text: before, mark: false }] : []),
      { text: word, mark: true },
      ...(after ? [{ text: after, mark: false }] : []),
    ];
  });
}

/**
 * Where the title ends in the text, when the text starts with it (case and
 * runs of spaces aside): `titleEnd('Drones  and more', 'drones and')` is 11.
 */
function titleEnd(text: string, title: string): number | undefined {
  const wanted = title.trim().toLowerCase().replace(/\s+/g, ' ');
  if (wanted === '') return undefined;
  let at = /^\s*/.exec(text)?.[0].length ?? 0;
  for (const char of wanted) {
    if (char === ' ') {
      const spaces = /^\s+/.exec(text.slice(at))?.[0].length ?? 0;
      if (spaces === 0) return undefined;
      at += spaces;
    } else if (text[at]?.toLowerCase() === char) at += 1;
    else return undefined;
  }
  return at;
}

/**
 * The excerpt without the page's title at its start, which the result already
 * shows as its link: "Drones and in-drone technology. Drones and the
 * technology they carry…" keeps "Drones and the technology they carry…".
 * An excerpt that is only the title is kept as it is.
 */
export function withoutTitle(segments: readonly Segment[], title: string): Segment[] {
  const text = segments.map((s) => s.text).join('');
  const end = titleEnd(text, title);
  if (end === undefined) return [...segments];
  let cut = end;
  // With the punctuation and spaces that close the title.
  cut += /^[\s.:;,–—-]*/.exec(text.slice(cut))?.[0].length ?? 0;
  if (cut >= text.length) return [...segments];
  const kept: Segment[] = [];
  let at = 0;
  for (const segment of segments) {
    const end = at + segment.text.length;
    if (end > cut) kept.push({ ...segment, text: segment.text.slice(Math.max(0, cut - at)) });
    at = end;
  }
  return kept;
}
