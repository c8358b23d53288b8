import { describe, expect, it } from 'vitest';
import { decodeReferences, judgeUrl } from '../../src/pipeline/render/url.ts';
import { literalOf } from '../../src/pipeline/render/literal.ts';

describe('the address allow-list', () => {
  it('allows http, https, mailto, tel, site paths, relative paths and fragments', () => {
    expect(judgeUrl('https://example.org/x')).toEqual({ ok: true, kind: 'external' });
    expect(judgeUrl('HTTP://example.org/')).toEqual({ ok: true, kind: 'external' });
    expect(judgeUrl('mailto:ipnc@example.org')).toEqual({ ok: true, kind: 'mail' });
    expect(judgeUrl('tel:+33123456789')).toEqual({ ok: true, kind: 'phone' });
    expect(judgeUrl('/toolbox/pcp/')).toEqual({ ok: true, kind: 'site' });
    expect(judgeUrl('../directory/')).toEqual({ ok: true, kind: 'relative' });
    expect(judgeUrl('#why-buy-together')).toEqual({ ok: true, kind: 'fragment' });
  });

  it('refuses every other scheme, however it is spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\u0000script:x',
      '&#106;avascript:x',
      '&#x6A;avascript&colon;x',
      'javascript&#58;x',
      '&amp;#106;avascript:x',
      'vbscript:x',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://x.org/',
    ]) {
      expect(judgeUrl(url), url).toMatchObject({ ok: false });
    }
  });

  it('refuses addresses a browser reads as another host', () => {
    expect(judgeUrl('//evil.example/')).toMatchObject({
      ok: false,
      reason: 'an address starting with // leaves the site without saying how',
    });
    expect(judgeUrl('/\\evil.example/')).toMatchObject({ ok: false });
    expect(judgeUrl('https:///x')).toMatchObject({ ok: false, reason: 'the web address has no host' });
    expect(judgeUrl('')).toMatchObject({ ok: false });
  });

  it('decodes nested character references before judging', () => {
    expect(decodeReferences('&amp;#106;')).toBe('j');
    expect(decodeReferences('a &notareference; b')).toBe('a &notareference; b');
  });
});

describe('literal {…} values', () => {
  it('reads literals, lists and objects of literals, and comments as nothing', () => {
    expect(literalOf('"a"')).toEqual({ ok: true, empty: false, value: 'a' });
    expect(literalOf('-3')).toEqual({ ok: true, empty: false, value: -3 });
    expect(literalOf('["a", 2, true, null]')).toEqual({ ok: true, empty: false, value: ['a', 2, true, null] });
    expect(literalOf('({ a: "b" })')).toEqual({ ok: true, empty: false, value: { a: 'b' } });
    expect(literalOf('`x`')).toEqual({ ok: true, empty: false, value: 'x' });
    expect(literalOf('/* note */')).toEqual({ ok: true, empty: true });
  });

  it('refuses anything that computes', () => {
    for (const code of [
      'alert(1)',
      'a',
      '1 + 1',
      '`${x}`',
      '[...a]',
      '({ [k]: 1 })',
      '({ a() {} })',
      '/x/',
      '1n',
      '({ __proto__: {} })',
      'a; b',
      'import("x")',
    ]) {
      expect(literalOf(code), code).toEqual({ ok: false });
    }
  });
});
