/**
 * Small operations on built HTML that the indexer needs before handing a page
 * to Pagefind. Reading is done by htmlparser2, so elements nest as they do in a
 * browser: an ignored element inside another of the same name leaks no text.
 */
import { escapeText } from 'entities';
import { Parser } from 'htmlparser2';

/** Elements whose content is never page text. */
const NOT_TEXT = new Set(['script', 'style', 'template']);

/** What the indexer reads from one page, in one pass over it. */
interface PageReading {
  /** Text of <main> (of the whole page without one), without script, style, template and ignored elements. */
  main: string;
  /** Text of the first <h1>, read the same way. */
  title: string;
  /** Text of each element with data-pagefind-filter, by filter name, in page order. */
  facets: Map<string, string[]>;
  /** Every element id. */
  ids: Set<string>;
}

const collapse = (parts: readonly string[]) => parts.join('').replace(/\s+/g, ' ').trim();

function readPageOnce(html: string): PageReading {
  const hasMain = /<main[\s>]/i.test(html);
  const main: string[] = [];
  const title: string[] = [];
  const facets = new Map<string, string[]>();
  const ids = new Set<string>();
  // Per open element: what closing it ends.
  const open: { main: boolean; title: boolean; hides: boolean; facet: { key: string; text: string[] } | undefined }[] =
    [];
  let inMain = hasMain ? 0 : 1;
  let inTitle = 0;
  let titleDone = false;
  let hidden = 0;
  const facetTexts: string[][] = [];
  new Parser({
    onopentag(name, attributes) {
      if (attributes['id'] !== undefined) ids.add(attributes['id']);
      const element = {
        main: hasMain && name === 'main' && inMain === 0,
        title: name === 'h1' && !titleDone && inTitle === 0,
        hides: NOT_TEXT.has(name) || 'data-pagefind-ignore' in attributes,
        facet:
          attributes['data-pagefind-filter'] !== undefined
            ? { key: attributes['data-pagefind-filter'], text: [] }
            : undefined,
      };
      open.push(element);
      if (element.main) inMain++;
      if (element.title) inTitle++;
      if (element.hides) hidden++;
      if (element.facet) facetTexts.push(element.facet.text);
      main.push(' ');
      title.push(' ');
    },
    ontext(text) {
      if (hidden === 0) {
        if (inMain > 0) main.push(text);
        if (inTitle > 0) title.push(text);
      }
      for (const facet of facetTexts) facet.push(text);
    },
    onclosetag() {
      const element = open.pop();
      if (element?.main) inMain--;
      if (element?.title) {
        inTitle--;
        titleDone = true;
      }
      if (element?.hides) hidden--;
      if (element?.facet) {
        facetTexts.pop();
        facets.set(element.facet.key, [...(facets.get(element.facet.key) ?? []), element.facet.text.join('').trim()]);
      }
      main.push(' ');
      title.push(' ');
    },
  }).end(html);
  return { main: collapse(main), title: collapse(title), facets, ids };
}

// The indexer asks the same page for its text, title, facets and ids in turn: it is read once.
let last: { html: string; reading: PageReading } | undefined;
function readPage(html: string): PageReading {
  if (last?.html !== html) last = { html, reading: readPageOnce(html) };
  return last.reading;
}

/**
 * The indexed text of the page's `<main>`, tags dropped: `<main><h1>PCP</h1></main>`
 * gives "PCP". Elements marked data-pagefind-ignore are left out, as Pagefind
 * leaves them out. A page without `<main>` gives the text of the whole page.
 */
export function mainText(html: string): string {
  return readPage(html).main;
}

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
  const spans = entries.map(([key, value]) => `<span data-pagefind-meta="${key}">${escapeText(value)}</span>`).join('');
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

/**
 * The same address for a page requested while it is rendered: `/knowledge-factory/toolbox/pcp/`
 * under the base `/knowledge-factory/` is `/toolbox/pcp/`, as pageUrl gives it for `toolbox/pcp/index.html`.
 */
export function pageUrlOf(pathname: string, base: string): string {
  const path = decodeURI(pathname);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rest = path.startsWith(prefix) ? path.slice(prefix.length - 1) : path;
  return rest.endsWith('/') || /\.[a-z0-9]+$/i.test(rest) ? rest : `${rest}/`;
}

/** True when an element in the page has this id, so a link to `#id` lands. */
export function hasId(html: string, id: string): boolean {
  return readPage(html).ids.has(id);
}

/** The values SearchMeta gave a facet: `facetValues(html, 'country')` is `['Estonia', 'Lithuania']`. */
export function facetValues(html: string, key: string): string[] {
  return readPage(html).facets.get(key) ?? [];
}

/** The text of the page's first <h1>: `<h1>R&amp;D <em>now</em></h1>` gives "R&D now". */
export function titleText(html: string): string {
  return readPage(html).title;
}
