/**
 * Stray characters in a body: one rule (src/pipeline/render/characters.ts),
 * applied by the renderer, so the check and the build report the same line.
 */
import { describe, expect, it } from 'vitest';
import { strayCharacterProblems, withoutStrayCharacters } from '../../src/pipeline/render/characters.ts';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { analyseBody } from '../../src/pipeline/checker/body.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';

const places = (body: string) => strayCharacterProblems(body).map((p) => `${p.line}:${p.column}  ${p.message}`);

describe('strayCharacterProblems', () => {
  it('names a control character by its code point, at its line and column', () => {
    expect(places('First line.\n\nA bell \u0007 here.')).toEqual([
      '3:8  contains an invisible control character U+0007',
    ]);
  });

  it('says how to fix it', () => {
    expect(strayCharacterProblems('a\u0000b')[0]?.hint).toBe(
      'delete it (an editor that shows invisible characters helps); it was probably pasted from another program',
    );
  });

  it('accepts tabs, line feeds and CRLF line ends', () => {
    expect(places('a\tb\r\nc\r\n\r\nd\n')).toEqual([]);
  });

  it('refuses a carriage return that does not end a line', () => {
    expect(places('one\rtwo\r\nthree')).toEqual(['1:4  contains an invisible carriage return (U+000D)']);
  });

  it('refuses bidirectional overrides, a zero-width no-break space inside the text and lone surrogates', () => {
    expect(places('a\u202Eb\nc\uFEFFd\ne\uD800f')).toEqual([
      '1:2  contains an invisible right-to-left override (U+202E)',
      '2:2  contains an invisible zero-width no-break space (U+FEFF)',
      '3:2  contains an invisible control character U+D800',
    ]);
  });

  it('accepts characters outside the Basic Multilingual Plane, written as surrogate pairs', () => {
    expect(places('Emoji 😀 and 𝔸')).toEqual([]);
  });

  it('reports the first stray character of each line once', () => {
    expect(places('\u0001\u0002\u0003\nclean\nx\u0007')).toEqual([
      '1:1  contains an invisible control character U+0001',
      '3:2  contains an invisible control character U+0007',
    ]);
  });

  it('reads each stray character as a space and keeps CRLF line ends', () => {
    expect(withoutStrayCharacters('a\u0007b\r\nc\rd')).toBe('a b\r\nc d');
  });
});

describe('a stray character in a body', () => {
  const body = 'Intro.\n\n## Purpose\n\nA bell \u0007 here, and [a link](javascript:alert(1)).\n';
  const line = (p: { line: number; column: number; field: string; message: string }) =>
    `${p.line}:${p.column}  ${p.field}  ${p.message}`;

  it('is refused by the build once, beside the body’s other problems, with nothing rendered', () => {
    const rendered = renderBody(body, { base: '/', glossary: glossaryMatcher([]) });
    expect(rendered.html).toBe('');
    expect(rendered.problems.map(line).filter((text) => text.includes('U+0007'))).toEqual([
      '5:8  body  contains an invisible control character U+0007',
    ]);
    expect(rendered.problems.some((p) => p.field === 'mdx:url-scheme')).toBe(true);
    expect(rendered.headings.map((h) => h.slug)).toEqual(['purpose']);
  });

  it('is reported by the check with the same line as the build', () => {
    const checked = analyseBody(body).problems.map(line);
    const built = renderBody(body, { base: '/', glossary: glossaryMatcher([]) }).problems.map(line);
    expect(checked).toEqual(built);
  });
});
