import { describe, expect, it } from 'vitest';
import { classifyUrl, CONTROL_CHARACTER, describeCharacter, isAllowedUrl } from '../../src/schemas/shared.ts';

describe('reading a URL as a browser would', () => {
  it.each([
    ['https://www.iprocurenet.eu/', { kind: 'scheme', scheme: 'https' }],
    ['JavaScript:alert(1)', { kind: 'scheme', scheme: 'javascript' }],
    ['&#106;avascript:alert(1)', { kind: 'scheme', scheme: 'javascript' }],
    ['&#x6A;ava&Tab;script&colon;alert(1)', { kind: 'scheme', scheme: 'javascript' }],
    [' \tjava\nscript:alert(1)', { kind: 'scheme', scheme: 'javascript' }],
    ['\u0001vbscript:x', { kind: 'scheme', scheme: 'vbscript' }],
    ['data:text/html,x', { kind: 'scheme', scheme: 'data' }],
    ['//evil.example/', { kind: 'network-path' }],
    ['/\\evil.example/', { kind: 'network-path' }],
    ['&#47;&#47;evil.example/', { kind: 'network-path' }],
    ['/toolbox/pcp/', { kind: 'site-path' }],
    ['#purpose', { kind: 'fragment' }],
    ['../other/', { kind: 'relative' }],
  ])('%j is %j', (text, kind) => {
    expect(classifyUrl(text)).toEqual(kind);
  });

  it('does not decode an attribute-mode legacy entity followed by =, as browsers do not', () => {
    expect(classifyUrl('https://x.org/?a=1&para=2')).toEqual({ kind: 'scheme', scheme: 'https' });
  });
});

describe('the URL allow-list', () => {
  it('allows only the schemes it is given', () => {
    expect(isAllowedUrl('mailto:a@example.org', { schemes: ['http', 'https'] })).toBe(false);
    expect(isAllowedUrl('mailto:a@example.org', { schemes: ['mailto'] })).toBe(true);
    expect(isAllowedUrl('HTTPS://example.org/', { schemes: ['https'] })).toBe(true);
  });

  it('allows site paths, fragments and relative links only when asked', () => {
    expect(isAllowedUrl('/toolbox/', { schemes: [] })).toBe(false);
    expect(isAllowedUrl('/toolbox/', { schemes: [], sitePaths: true })).toBe(true);
    expect(isAllowedUrl('#x', { schemes: [], fragments: true })).toBe(true);
    expect(isAllowedUrl('../x/', { schemes: [], sitePaths: true })).toBe(false);
  });

  it('never allows a network path to another site, even where site paths are allowed', () => {
    expect(isAllowedUrl('//evil.example/', { schemes: ['https'], sitePaths: true, relative: true })).toBe(false);
  });
});

describe('control characters', () => {
  it.each([
    '\r',
    '\u0000',
    '\u0007',
    '\u000b',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u2028',
    '\u202E',
    '\u2067',
    '\uFEFF',
    '\uD800',
    '\uFFFE',
  ])('%j is refused', (char) => {
    expect(CONTROL_CHARACTER.test(`a${char}b`)).toBe(true);
  });

  it.each(['\t', '\n', 'é', '’', '\u00a0', '😀', '👩\u200D💻', 'Ελλάδα', 'عربي'])('%j is allowed', (char) => {
    expect(CONTROL_CHARACTER.test(`a${char}b`)).toBe(false);
  });

  it('names the character a contributor cannot see', () => {
    expect(describeCharacter('\r')).toBe('carriage return (U+000D)');
    expect(describeCharacter('\u0007')).toBe('control character U+0007');
    expect(describeCharacter('\u202E')).toBe('right-to-left override (U+202E)');
  });
});
