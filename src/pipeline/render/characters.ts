/**
 * The one rule for stray characters in a body: the characters no text of ours
 * may hold (CONTROL_CHARACTER, the same rule every frontmatter field passes),
 * each reported at its line and column. The renderer applies it, so the check
 * (`npm run check`) and the build, which both render every body through
 * renderBody, refuse the same characters with the same message.
 */
import { CONTROL_CHARACTER, describeCharacter } from '../../schemas/shared.ts';
import type { BodyProblem } from './sanitize.ts';

/** Every stray character, and the carriage return of a CRLF line end, which editors on Windows write. */
const STRAY = new RegExp(`(?!\\r\\n)(?:${CONTROL_CHARACTER.source})`, 'gu');

/**
 * The first stray character of each line, at its line and column (columns
 * count UTF-16 units, as editors and the MDX parser do); one per line, so a
 * pasted block does not bury the other problems.
 *
 * `strayCharacterProblems('a\u0007b')` is
 * `[{ line: 1, column: 2, field: 'body', message: 'contains an invisible control character U+0007', … }]`.
 */
export function strayCharacterProblems(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let lastLine = 0;
  let line = 1;
  let lineStart = 0;
  for (const found of body.matchAll(STRAY)) {
    let next = body.indexOf('\n', lineStart);
    while (next !== -1 && next < found.index) {
      line++;
      lineStart = next + 1;
      next = body.indexOf('\n', lineStart);
    }
    if (line === lastLine) continue;
    lastLine = line;
    problems.push({
      line,
      column: found.index - lineStart + 1,
      field: 'body',
      message: `contains an invisible ${describeCharacter(found[0])}`,
      hint: 'delete it (an editor that shows invisible characters helps); it was probably pasted from another program',
    });
  }
  return problems;
}

/** The body with every stray character read as a space, so the rest of it can still be checked around them. */
export function withoutStrayCharacters(body: string): string {
  return body.replace(STRAY, ' ');
}
