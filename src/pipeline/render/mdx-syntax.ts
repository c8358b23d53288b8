/**
 * What the renderer and the content check share about reading MDX: the parse
 * features, and how Sätteri's syntax error becomes a problem at its line and
 * column, so both say the same thing in the same words.
 */
import type { BodyProblem } from './sanitize.ts';

/** GFM and smart punctuation, as Astro's own Markdown gave them. */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;

const SYNTAX_HINT = 'close every <Component> you open, and write a literal { or < in text as \\{ or \\<';

/** Sätteri's "3:7: Expected a closing tag for `<Callout>` (3:1) (mdx-jsx:unexpected-character)", body-relative. */
export function syntaxProblem(error: unknown): BodyProblem {
  const message = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+):\s*/.exec(message);
  const reason = message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([\w:-]+\)\s*$/, '');
  return {
    line: place ? Number(place[1]) : 1,
    column: place ? Number(place[2]) : 1,
    field: 'body',
    message: `MDX syntax: ${reason}`,
    hint: SYNTAX_HINT,
  };
}
