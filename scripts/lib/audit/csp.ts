/**
 * Reads a page's Content-Security-Policy and says what in it would let
 * anything but the site itself load or run.
 */

/** `"default-src 'self'; img-src 'self' data:"` → `{ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] }`. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/** Directives that must be present, so a missing one never falls back to "anything goes". */
export const REQUIRED_DIRECTIVES = ['default-src', 'object-src', 'base-uri', 'form-action'] as const;

export interface CspOptions {
  /** Whether the page may run WebAssembly (Pagefind's search, on the search page only). */
  allowWasm: boolean;
}

/**
 * Problems with a policy, in words; empty when it allows nothing but the site.
 * Allowed sources: `'self'`, `'none'`, hashes of the site's own inline code,
 * `data:` for images, and `'wasm-unsafe-eval'` in script-src where `allowWasm`.
 */
export function cspProblems(policy: string, options: CspOptions): string[] {
  const directives = parseCsp(policy);
  const problems: string[] = [];
  for (const name of REQUIRED_DIRECTIVES) if (!directives.has(name)) problems.push(`no ${name} directive`);
  const defaultSources = directives.get('default-src') ?? [];
  if (!(defaultSources.length === 1 && (defaultSources[0] === "'self'" || defaultSources[0] === "'none'"))) {
    problems.push(`default-src must be 'self' or 'none', not "${defaultSources.join(' ')}"`);
  }
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (source === "'self'" || source === "'none'") continue;
      if (HASH.test(source) && (name === 'script-src' || name === 'style-src')) continue;
      if (source === 'data:' && name === 'img-src') continue;
      if (source === "'wasm-unsafe-eval'" && name === 'script-src' && options.allowWasm) continue;
      problems.push(`${name} allows ${source}`);
    }
  }
  return problems;
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaCsp(tags: readonly { name: string; attributes: Record<string, string> }[]): string | undefined {
  const meta = tags.find(
    (tag) => tag.name === 'meta' && tag.attributes['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
  return meta?.attributes['content'];
}
