/**
 * Each page's Content-Security-Policy names only the inline scripts and styles
 * that page carries. Astro lists the hash of every inline script and style of
 * the whole build in every page's policy (trackScriptHashes/trackStyleHashes
 * work per build, not per page), so each page allowed code it does not have
 * and carried about 0.7 KB of incompressible hashes. After the build, every
 * page keeps the hashes that match its own inline elements and drops the rest:
 * nothing is ever added, so the policy can only get stricter.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export function pageCspIntegration(): AstroIntegration {
  return {
    name: 'kf:page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const pruned = prunePagePolicy(html);
          if (pruned !== html) writeFileSync(path, pruned);
        }
      },
    },
  };
}
