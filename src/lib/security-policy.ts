/**
 * The site's Content-Security-Policy, written once: astro.config.mjs gives
 * these directives to Astro, which writes them with each page's own hashes
 * into a `<meta>`, and the check of public/_headers (src/pipeline/public/)
 * holds the header policy to the same sources, so neither can loosen alone.
 */

/** The page policy, as `security.csp.directives` takes it: nothing but the site itself. */
export const PAGE_CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Directives the header policy must carry on every response: what a `<meta>`
 * cannot say (`frame-ancestors`), and the page policy's own directives but
 * those that would block each page's hashed inline code (`default-src`,
 * `script-src`, `style-src`), which only the page itself can list.
 */
export function requiredHeaderDirectives(): string[] {
  return [
    "frame-ancestors 'none'",
    ...PAGE_CSP_DIRECTIVES.filter((directive) => !PER_PAGE_DIRECTIVES.has(directiveName(directive))),
  ];
}

/** Directives only a page's own policy may set: on top of it they would block its hashed inline scripts and styles. */
export const PER_PAGE_DIRECTIVES: ReadonlySet<string> = new Set(['default-src', 'script-src', 'style-src']);

/** Sources the header policy may name: the site itself, nothing, or inline images. */
export const HEADER_SOURCES: ReadonlySet<string> = new Set(["'self'", "'none'", 'data:']);

/**
 * The policy every contributor file is served with (public/images/, public/documents/): opened on its
 * own, an SVG or a PDF is a document of the site's origin; `sandbox` gives it an opaque origin and no
 * script, `default-src 'none'` lets it load nothing but its own inline styles and images.
 */
export const CONTRIBUTOR_FILE_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";

/** `directiveName("img-src 'self'")` is `img-src`. */
export function directiveName(directive: string): string {
  return directive.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}

/** A policy as its directives, in order: `"a 'self'; b"` → `[["a", "'self'"], ["b"]]`. */
export function parsePolicy(policy: string): string[][] {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter((parts) => parts[0] !== undefined && parts[0] !== '')
    .map(([name = '', ...sources]) => [name.toLowerCase(), ...sources]);
}
