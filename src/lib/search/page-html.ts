/**
 * Small operations on built HTML that the indexer needs before handing a page
 * to Pagefind. Astro's output is regular enough that string work suffices.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The indexed text of the page's `<main>`, tags dropped: `<main><h1>PCP</h1></main>`
 * gives "PCP". Elements marked data-pagefind-ignore are left out, as Pagefind
 * leaves them out (an ignored element nested in one of the same name may leave
 * a little of its text behind, which only makes the result a little generous).
 */
export function mainText(html: string): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  const main = start >= 0 && end > start ? html.slice(start, end) : html;
  return main
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page with hidden metadata added, e.g. `withMeta(html, { about: 'PCP' })`.
 * Pagefind searches metadata but never quotes it in excerpts or sub-results,
 * so words a page should be found by without saying them go here. The served
 * page never carries them: only the copy handed to Pagefind does.
 */
export function withMeta(html: string, meta: Record<string, string>): string {
  const entries = Object.entries(meta).filter(([, value]) => value !== '');
  const end = html.lastIndexOf('</main>');
  if (entries.length === 0 || end < 0) return html;
  const spans = entries.map(([key, value]) => `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>`).join('');
  return `${html.slice(0, end)}<div hidden data-pagefind-ignore>${spans}</div>${html.slice(end)}`;
}

/** Indexed pages are detail pages: they carry a type facet (see SearchMeta). Listings, search and 404 do not. */
export function isEntryPage(html: string): boolean {
  return html.includes('data-pagefind-filter="type"');
}

/** `toolbox/pcp/index.html` is `/toolbox/pcp/`, without the base: pagefind.js adds the base it was loaded from. */
export function pageUrl(relativePath: string): string {
  const path = relativePath.split(/[\\/]/).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`.replace(/\/+/g, '/');
}

/** True when an element in the page has this id, so a link to `#id` lands. */
export function hasId(html: string, id: string): boolean {
  return new RegExp(`\\sid=["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\\s>]`).test(html);
}

/** The values SearchMeta gave a facet: `facetValues(html, 'country')` is `['Estonia', 'Lithuania']`. */
export function facetValues(html: string, key: string): string[] {
  const pattern = new RegExp(`data-pagefind-filter="${key}">([^<]*)<`, 'g');
  return [...html.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? ' '));
}

/** The text of the page's first <h1>: `<h1>R&amp;D <em>now</em></h1>` gives "R&D now". */
export function titleText(html: string): string {
  const match = /<h1(?:\s[^>]*)?>[^]*?<\/h1>/.exec(html);
  return match ? mainText(match[0]) : '';
}
