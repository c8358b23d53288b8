/**
 * Small operations on built HTML that the indexer needs before handing a page
 * to Pagefind. Astro's output is regular enough that string work suffices.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The readable text of the page's `<main>`, tags dropped: `<main><h1>PCP</h1></main>` gives "PCP". */
export function mainText(html: string): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  const main = start >= 0 && end > start ? html.slice(start, end) : html;
  return main
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page with extra indexed words, placed just before its <h1>: they belong
 * to the page itself rather than to a section (no false "Sources" sub-result),
 * and the excerpt of a title match still starts at the title. Weighted low so a
 * page that writes a word itself ranks above one that only gets it here. The
 * served page never carries them: only the copy handed to Pagefind does.
 */
export function withIndexedWords(html: string, words: readonly string[], weight = 0.5): string {
  if (words.length === 0) return html;
  const block = `<div data-pagefind-weight="${weight}"><p>${words.map(escapeHtml).join('. ')}.</p></div>`;
  const title = html.search(/<h1[\s>]/);
  const at = title >= 0 ? title : html.lastIndexOf('</main>');
  return at < 0 ? html : `${html.slice(0, at)}${block}${html.slice(at)}`;
}

/** The page with hidden metadata added, e.g. `withMeta(html, { about: 'PCP' })`; kept out of the indexed text. */
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
