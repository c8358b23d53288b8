/**
 * Cuts a page's Content-Security-Policy down to the hashes of its own inline
 * scripts and styles (see page-csp.ts for why).
 */
import { createHash } from 'node:crypto';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
// <script> and <style> hold raw text, which cannot contain their own end tag, so the end tag is found exactly
// without parsing the document.
const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
const HASH_SOURCE = /^'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'$/;

/** The CSP hash sources a page's inline scripts and styles need, e.g. `'sha256-…'`, by algorithm. */
function inlineHashes(html: string, algorithm: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, , attributes = '', text = ''] of html.matchAll(INLINE)) {
    // External scripts are allowed by 'self'; data blocks such as JSON-LD are never run, so need no hash.
    if (/\ssrc=/i.test(attributes) || /type="application\/(ld\+)?json"/i.test(attributes)) continue;
    hashes.add(`'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The page with its policy's hash sources cut down to those of its own inline code; other sources untouched. */
export function prunePagePolicy(html: string): string {
  const match = POLICY.exec(html);
  if (!match) return html;
  const cache = new Map<string, Set<string>>();
  const needed = (algorithm: string) => {
    let set = cache.get(algorithm);
    if (!set) cache.set(algorithm, (set = inlineHashes(html, algorithm)));
    return set;
  };
  const policy = (match[2] ?? '')
    .split(';')
    .map((directive) =>
      directive
        .split(/\s+/)
        .filter((source) => {
          const hash = HASH_SOURCE.exec(source);
          return !hash || needed(hash[1] ?? 'sha256').has(source);
        })
        .join(' '),
    )
    .join(';');
  return html.replace(POLICY, (_all, start: string, _old: string, end: string) => `${start}${policy}${end}`);
}
