/**
 * The `_headers` file of static hosts (Netlify, Cloudflare Pages), read as they
 * read it: a path on its own line, then its headers indented as `Name: value`;
 * `#` starts a comment line. The check of public/ holds its security lines to
 * the site's policy, and the local server (scripts/lib/serve.ts) sends what it says.
 *
 * A host matches a rule against the path the browser asks for. public/_headers
 * writes its paths from the site root (`/images/*`), so one file serves any
 * base path; a build under a base path publishes them with the base in front
 * (`/knowledge-factory/images/*`, publishHeaders), or a rule written for
 * `/images/` would never match a file that is served at
 * `/knowledge-factory/images/`, and contributor files would lose their sandbox.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One block of a `_headers` file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  /** `/*`, `/_astro/*` or an exact path such as `/search/`. */
  path: string;
  /** Line of the path in the file (1-based), for messages. */
  line: number;
  headers: [name: string, value: string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), line: index + 1, headers: [] });
    else if (line.includes(':'))
      rules
        .at(-1)
        ?.headers.push([
          line.slice(0, line.indexOf(':')).trim().toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]);
  });
  return rules;
}

/** Whether a rule's path pattern covers a path from the site root: `/images/*` covers `/images/a.svg`. */
export function ruleMatches(rule: Pick<HeaderRule, 'path'>, path: string): boolean {
  return rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
}

/**
 * The headers for a path from the site root, from every matching rule. A header
 * set by two rules is sent once with both values joined by a comma, as Netlify
 * and Cloudflare Pages do; for Content-Security-Policy that makes two policies,
 * both enforced, so a stricter rule for a folder adds to the site-wide one.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!ruleMatches(rule, path)) continue;
    for (const [name, value] of rule.headers) {
      const before = headers[name];
      headers[name] = before === undefined || before === value ? value : `${before}, ${value}`;
    }
  }
  return headers;
}

/**
 * The text of a `_headers` file with the base path in front of every rule path;
 * comments, headers and line ends unchanged.
 *
 * `headersUnderBase('/*\n  X-Frame-Options: DENY\n', '/kf/')` is `'/kf/*\n  X-Frame-Options: DENY\n'`.
 */
export function headersUnderBase(text: string, base: string): string {
  // `/kf/` or `/kf`, as Astro may give it; `/` leaves the file as written.
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '') return text;
  // A rule's path starts its line with /; headers are indented and comments start with #.
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? `${prefix}${line}` : line))
    .join('\n');
}

/** Rewrites the built site's `_headers` (copied from public/) for the base path the site is built under. */
export function publishHeaders(outDir: string, base: string): void {
  const file = join(outDir, '_headers');
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  const published = headersUnderBase(text, base);
  if (published !== text) writeFileSync(file, published);
}
