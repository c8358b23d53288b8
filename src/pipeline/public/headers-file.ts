/**
 * The `_headers` file of static hosts (Netlify, Cloudflare Pages), read as they
 * read it: a path on its own line, then its headers indented as `Name: value`;
 * `#` starts a comment line. The check of public/ holds its security lines to
 * the site's policy, and the local server (scripts/lib/serve.ts) sends what it says.
 */

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
