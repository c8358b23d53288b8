/**
 * The search page's behaviour: a thin layer on Pagefind's JS API. Reads the
 * search from the URL, writes it back as it changes, renders results, facets
 * with counts and "nothing found" help, and handles the keyboard. The markup it
 * fills is in src/pages/search.astro; the pure parts are in src/lib/search.
 */
import { FACETS, TYPE_LABELS } from '../../lib/search/facet-list.ts';
import {
  isActive,
  parseSearchParams,
  toPagefindFilters,
  toSearchParams,
  type SearchState,
} from '../../lib/search/params.ts';
import { closestTerms, searchedInstead, type SuggestableTerm } from '../../lib/search/suggest.ts';
import { wholeWordMarks, withoutTitle, type Segment } from '../../lib/search/excerpt.ts';
import { newIssueUrl } from '../../lib/repo-links.ts';
import type { FacetCounts, Pagefind, PagefindResult, PagefindResultData } from './pagefind-api.ts';

const PAGE_SIZE = 10;
/**
 * Pagefind already weighs a title match five times a body match. `topic` (the
 * title of a guide or segment, a glossary term, a contact point's country; see
 * src/lib/search/facets.ts) counts again, so the page about a subject comes
 * before pages that only name it in their title; `about` (the glossary terms a
 * title spells out, see termsAbout) puts a term's entry and its guide first.
 */
const RANKING = { metaWeights: { topic: 4, about: 8 } };
const TYPE_ORDER: readonly string[] = Object.values(TYPE_LABELS);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('kf-search');
const input = $<HTMLInputElement>('kf-q');
const status = $('kf-status');
const list = $<HTMLOListElement>('kf-results');
const more = $<HTMLButtonElement>('kf-more');
const chosen = $('kf-chosen');
const none = $('kf-none');
const from = $<HTMLSelectElement>('kf-from');
const to = $<HTMLSelectElement>('kf-to');
const sort = $<HTMLSelectElement>('kf-sort');
const filters = $('kf-filters');
const startPanel = $('kf-start');
/** The header's search box: it shows the words too, so the page never holds two different searches. */
const headerBox = document.getElementById('site-search-q') as HTMLInputElement | null;
const { base = '/', repo, contribute = '/' } = form.dataset;
const pageTitle = document.title;

let pagefind: Pagefind | undefined;
/** Every facet value in the index, loaded when the reader first opens a filter (see loadFacets). */
let allFacets: FacetCounts = {};
let facetsLoading: Promise<void> | undefined;
/** The years the build found in examples and events, rendered as the period's options. */
const knownYears = [...from.options].map((option) => option.value).filter(Boolean);
let state: SearchState = parseSearchParams(new URLSearchParams(location.search));
let pending: PagefindResult[] = [];
let generation = 0;
/** The search last started, so a submitted search can move focus once it has shown its results. */
let latest: Promise<void> | undefined;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt as runs of text and marks: its <mark>s kept, anything else reduced to text, so no markup from the index runs. */
function excerptSegments(html: string): Segment[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return wholeWordMarks(
    [...body.childNodes].map((node) => ({ text: node.textContent ?? '', mark: node.nodeName === 'MARK' })),
  );
}

function nodesOf(segments: readonly Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}

function resultItem(data: PagefindResultData, browsing: boolean): HTMLLIElement {
  const { title = data.url, type, date, summary = '' } = data.meta;
  const head = el('p', { className: 'result-meta' }, el('span', { className: 'result-type' }, type ?? 'Page'));
  if (date) head.append(' · ', date);
  const item = el('li', { className: 'result' }, head, el('h2', {}, el('a', { href: data.url }, title)));
  // The title is the result's link: an excerpt that starts by repeating it starts after it instead.
  const excerpt =
    browsing || data.excerpt === '' ? [summary] : nodesOf(withoutTitle(excerptSegments(data.excerpt), title));
  item.append(el('p', { className: 'result-excerpt' }, ...excerpt));
  // Sections whose text matches, most matches first: deep links into long pages.
  const sections = browsing ? [] : data.sub_results.filter((s) => s.url.includes('#') && s.url !== data.url);
  sections.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0));
  if (sections.length > 0) {
    const subs = el('ul', { className: 'result-sections' });
    for (const s of sections.slice(0, 3))
      subs.append(
        el('li', {}, el('a', { href: s.url }, s.title), el('span', {}, ...nodesOf(excerptSegments(s.excerpt)))),
      );
    item.append(subs);
  }
  return item;
}

/** The next page of results, appended below those shown ("Show more results"). */
async function showMore(): Promise<void> {
  const run = generation;
  const batch = pending.splice(0, PAGE_SIZE);
  const items = await Promise.all(batch.map((r) => r.data()));
  if (run !== generation) return;
  list.append(...items.map((data) => resultItem(data, state.q === '')));
  more.hidden = pending.length === 0;
}

/** Each facet option's checkbox and count, by facet and value; built once, then updated in place so focus stays put. */
const facetOptions = new Map<string, Map<string, { box: HTMLInputElement; count: Text }>>();

/** The filter panel: every value the index knows, in a stable order. */
function buildFacets(): void {
  for (const { key } of FACETS) {
    const list = document.querySelector(`[data-facet="${key}"] ul`);
    if (!list) continue;
    const values = Object.keys(allFacets[key] ?? {});
    const order = key === 'type' ? (v: string) => TYPE_ORDER.indexOf(v) : () => 0;
    values.sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'en'));
    const options = new Map<string, { box: HTMLInputElement; count: Text }>();
    list.replaceChildren(
      ...values.map((value) => {
        const option = { box: el('input', { type: 'checkbox', name: key, value }), count: document.createTextNode('') };
        // The panel follows the results, outside the form; the attribute keeps each box in it.
        option.box.setAttribute('form', form.id);
        options.set(value, option);
        return el(
          'li',
          {},
          el('label', {}, option.box, ` ${value} `, el('span', { className: 'n' }, '(', option.count, ')')),
        );
      }),
    );
    if (values.length === 0) list.replaceChildren(el('li', {}, 'Nothing to choose from yet.'));
    facetOptions.set(key, options);
  }
}

/**
 * Loads every facet's values and counts: Pagefind fetches all its filter
 * indexes for that, which on a large site weighs more than a query, so it
 * waits until the reader opens a filter or arrives with one chosen.
 */
function loadFacets(): Promise<void> {
  const loaded = pagefind;
  if (!loaded) return Promise.resolve();
  facetsLoading ??= (async () => {
    allFacets = await loaded.filters();
    buildFacets();
    await run();
  })();
  return facetsLoading;
}

/**
 * Ticks the chosen values and shows how many results each value would give.
 * Values of one facet add up (any of them may match), so a facet with a value
 * chosen counts its other values without the filters (`unfiltered`) rather
 * than showing them as giving nothing; the other facets count within them.
 */
function updateFacets(filtered: FacetCounts, unfiltered: FacetCounts = filtered): void {
  for (const { key } of FACETS) {
    const count = document.querySelector(`[data-facet="${key}"] [data-facet-count]`);
    const n = state.filters[key]?.length ?? 0;
    if (count) count.textContent = n > 0 ? `${n} chosen` : '';
  }
  for (const [key, options] of facetOptions) {
    const chosen = new Set(state.filters[key as keyof SearchState['filters']] ?? []);
    const counts = chosen.size > 0 ? unfiltered : filtered;
    for (const [value, { box, count }] of options) {
      const n = counts[key]?.[value] ?? 0;
      box.checked = chosen.has(value);
      box.disabled = n === 0 && !box.checked;
      count.data = String(n);
    }
  }
}

/** The filters in force, each a button that removes it; shown with the results so nothing above them moves. */
function renderChosen(): void {
  const chips: HTMLButtonElement[] = [];
  const chip = (text: string, remove: () => void) => {
    const cross = el('span', {}, ' ×');
    cross.setAttribute('aria-hidden', 'true');
    const button = el(
      'button',
      { type: 'button', className: 'search-chip' },
      text,
      cross,
      el('span', { className: 'visually-hidden' }, ' (remove)'),
    );
    button.addEventListener('click', () => {
      remove();
      from.value = state.from !== undefined ? String(state.from) : '';
      to.value = state.to !== undefined ? String(state.to) : '';
      void run();
      input.focus();
    });
    chips.push(button);
  };
  for (const { key, label } of FACETS) {
    for (const value of state.filters[key] ?? []) {
      chip(`${label}: ${value}`, () => {
        const rest = (state.filters[key] ?? []).filter((v) => v !== value);
        if (rest.length > 0) state.filters[key] = rest;
        else delete state.filters[key];
      });
    }
  }
  if (state.from !== undefined || state.to !== undefined) {
    chip(`Period: ${state.from ?? '…'}–${state.to ?? '…'}`, () => {
      delete state.from;
      delete state.to;
    });
  }
  chosen.replaceChildren(...(chips.length > 0 ? [el('span', {}, 'Filters: '), ...chips] : []));
}

function issueLink(query: string): string {
  const draft = {
    title: `I could not find “${query}”`,
    body: `I searched the Knowledge Factory for “${query}” and found nothing.\n\nWhat I was looking for, and why:\n\n`,
  };
  return newIssueUrl(repo || undefined, draft) ?? contribute;
}

function showNothing(query: string): void {
  const terms = JSON.parse(none.dataset['terms'] ?? '[]') as [string, string, string][];
  const suggestions = closestTerms(
    query,
    terms.map(([id, term, expansion]): SuggestableTerm => ({ id, term, expansion })),
  );
  // Countries by any of their names in the EU languages: "Estlnd" or "Estonai" offers a search for Estonia.
  const countries = JSON.parse(none.dataset['countries'] ?? '[]') as [string, string][];
  const places = closestTerms(
    query,
    countries.map(([name, others]): SuggestableTerm => ({ id: name, term: name, expansion: others })),
    2,
  );
  const suggest = $<HTMLUListElement>('kf-suggest');
  suggest.replaceChildren(
    ...suggestions.map((t) =>
      el(
        'li',
        {},
        el('a', { href: `${base}glossary/#${t.id}` }, t.expansion ? `${t.term}: ${t.expansion}` : t.term),
        ' (glossary)',
      ),
    ),
    ...places.map((c) =>
      el(
        'li',
        {},
        el('a', { href: `${base}search/?q=${encodeURIComponent(c.term)}` }, c.term),
        ' (search for the country)',
      ),
    ),
  );
  $('kf-suggest-box').hidden = suggestions.length + places.length === 0;
  $<HTMLAnchorElement>('kf-issue').href = issueLink(query || 'these filters');
  none.hidden = false;
}

function describe(count: number, corrected?: string): string {
  const filtered =
    Object.keys(state.filters).length > 0 || state.from !== undefined || state.to !== undefined
      ? ' with the chosen filters'
      : '';
  if (corrected !== undefined)
    return `No results for “${state.q}”. Showing ${count} result${count === 1 ? '' : 's'} for “${corrected}”${filtered} instead.`;
  const what = state.q ? ` for “${state.q}”` : '';
  return `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}${what}${filtered}.`;
}

/**
 * Searches for the current state and shows the outcome all at once, so the
 * list never empties while results load. Each keystroke searches; a search
 * overtaken by a newer one is dropped before its results are fetched.
 */
async function run(): Promise<void> {
  if (!pagefind) return;
  const current = ++generation;
  const query = toSearchParams(state);
  if (headerBox && document.activeElement !== headerBox) headerBox.value = state.q;
  startPanel.hidden = isActive(state);
  if (!isActive(state)) {
    list.replaceChildren();
    chosen.replaceChildren();
    pending = [];
    more.hidden = none.hidden = true;
    status.textContent = '';
    updateFacets(allFacets);
  } else {
    const options = {
      filters: toPagefindFilters(state, knownYears),
      ...(state.sort ? { sort: { date: 'desc' as const } } : {}),
    };
    const search = await pagefind.search(state.q === '' ? null : state.q, options);
    if (!search || current !== generation) return;
    const first = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (current !== generation) return;
    // Pagefind forgives a typo by matching near words: say which, from the words it highlighted.
    const marked = first.flatMap((data) =>
      [data.excerpt, ...data.sub_results.map((s) => s.excerpt)].flatMap((html) =>
        excerptSegments(html).flatMap((s) => (s.mark ? [s.text] : [])),
      ),
    );
    const corrected = state.q ? searchedInstead(state.q, marked) : undefined;
    pending = search.results.slice(PAGE_SIZE);
    list.replaceChildren(...first.map((data) => resultItem(data, state.q === '')));
    more.hidden = pending.length === 0;
    none.hidden = true;
    renderChosen();
    updateFacets(search.filters, search.totalFilters);
    status.textContent = describe(search.results.length, corrected);
    if (search.results.length === 0) showNothing(state.q);
  }
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
  // What follows the results was held back while they loaded (search.astro): it appears below them, moving nothing.
  document.documentElement.classList.add('kf-shown');
  // The words lead the title, so history, bookmarks and tabs tell searches apart.
  document.title = state.q ? `${state.q} – ${pageTitle}` : pageTitle;
}

/** Reads the form into the state and searches. */
function readForm(): void {
  state = parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  latest = run();
}

/** Arrow keys walk the result links (sections included); Escape clears the words and returns to the box. */
function onKey(event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    input.value = '';
    input.focus();
    readForm();
    event.preventDefault();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const at = target === input ? -1 : links.indexOf(target as HTMLAnchorElement);
  if (at === -1 && target !== input) return;
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  event.preventDefault();
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

async function start(): Promise<void> {
  input.value = state.q;
  sort.value = state.sort ?? '';
  from.value = state.from !== undefined ? String(state.from) : '';
  to.value = state.to !== undefined ? String(state.to) : '';
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.facet')) {
    details.addEventListener('toggle', () => void (details.open && loadFacets()));
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A search asked for with Enter or the button lands on what it found: the status says how many.
    readForm();
    void latest?.then(() => status.focus());
  });
  form.addEventListener('input', readForm);
  // The filter panel's controls belong to the form but sit outside it, so their events do not reach it.
  filters.addEventListener('input', readForm);
  form.addEventListener('keydown', onKey);
  list.addEventListener('keydown', onKey);
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore().then(() => (list.children[first]?.querySelector('a') as HTMLAnchorElement | null)?.focus());
  });
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 24, ranking: RANKING });
    await pagefind.init();
  } catch {
    status.textContent =
      'Search is not available here: the search index was not found. Browse the indexes below instead.';
    none.hidden = false;
    startPanel.hidden = true;
    $('kf-suggest-box').hidden = true;
    document.documentElement.classList.add('kf-shown');
    return;
  }
  // Pagefind is loaded: from here on every change searches at once.
  form.classList.add('is-ready');
  await run();
  if (Object.keys(state.filters).length > 0 || document.querySelector('details.facet[open]')) await loadFacets();
}

void start();
