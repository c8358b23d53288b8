/**
 * The one rule for every address contributor content may write, in a body, a
 * component prop or (through src/schemas) a frontmatter field: http, https,
 * mailto, tel, a site path (`/toolbox/pcp/`, or relative: `../directory/`) or
 * a #fragment. Judged the way a browser reads the
 * address, after decoding character references and dropping the whitespace and
 * control characters a browser ignores, so `JaVa&#x53;cript:` or `java\tscript:`
 * cannot pass as a relative path.
 */
import { decodeHTMLAttribute } from 'entities';

export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * Decodes `&#106;`, `&#x6A;` and `&colon;`-style references as a browser does in an attribute value (the
 * `entities` package, which htmlparser2 reads pages with), repeatedly, as nested escapes could hide a scheme.
 */
export function decodeReferences(value: string): string {
  let current = value;
  for (let round = 0; round < 5; round++) {
    const next = decodeHTMLAttribute(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

export type UrlKind = 'external' | 'site' | 'relative' | 'fragment' | 'mail' | 'phone';

export type UrlVerdict = { ok: true; kind: UrlKind } | { ok: false; reason: string };

/** Whether an address may appear on the site, and what kind it is. */
export function judgeUrl(raw: string): UrlVerdict {
  // What a browser ignores: ASCII whitespace and C0 controls anywhere in a scheme, and leading/trailing spaces.
  const url = decodeReferences(raw).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  if (url === '') return { ok: false, reason: 'the address is empty' };
  if (url.includes('\\'))
    return { ok: false, reason: 'the address contains a backslash, which browsers read as a slash' };
  // `#%zz` cannot be decoded: the check could not compare it with a heading id, and tools that decode it throw.
  if (/%(?![0-9a-f]{2})/i.test(url))
    return { ok: false, reason: 'a % in it is not followed by two hexadecimal digits (write %25 for a percent sign)' };
  if (url.startsWith('#')) return { ok: true, kind: 'fragment' };
  if (url.startsWith('//'))
    return { ok: false, reason: 'an address starting with // leaves the site without saying how' };
  if (url.startsWith('/')) return { ok: true, kind: 'site' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  // No scheme before the first / ? or #: a path relative to the page, which stays on the site.
  if (scheme === undefined) return { ok: true, kind: 'relative' };
  if (scheme === 'http' || scheme === 'https')
    return /^https?:\/\/[^/?#]/i.test(url)
      ? { ok: true, kind: 'external' }
      : { ok: false, reason: 'the web address has no host' };
  // A prepared copy to a third party or a prepared message sends more than the reader chose to write.
  if (scheme === 'mailto')
    return /[?&](cc|bcc|body)=/i.test(url)
      ? { ok: false, reason: 'a mailto: address may not add cc, bcc or a prepared message (body)' }
      : { ok: true, kind: 'mail' };
  if (scheme === 'tel') return { ok: true, kind: 'phone' };
  return { ok: false, reason: `the scheme "${scheme}:" is not allowed` };
}

export const URL_HINT = `write a full https:// address, a site path such as /toolbox/pcp/, a #section, mailto: or tel: (allowed: ${ALLOWED_SCHEMES.join(', ')}, site paths, #fragments)`;
