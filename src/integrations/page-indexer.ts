/**
 * Hands built pages to Pagefind, each with the words it should also be found
 * by: from the feed middleware while pages render, then from disk for any page
 * the feed did not see, so every page is indexed once.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { acronymAliases, termsAbout, type AcronymTerm } from '../lib/search/acronyms.ts';
import { facetValues, isEntryPage, mainText, pageUrl, titleText, withMeta } from '../lib/search/page-html.ts';
import { otherLanguageNames } from '../lib/search/country-names.ts';

/**
 * Words a reader may search a page by that its text may not contain: the other
 * half of each glossary pair it names, and the names of its countries and
 * segments ("Estonia" should find an example whose text says "Estonian"),
 * in every EU language for countries.
 */
function extraWords(html: string, terms: readonly AcronymTerm[]): string[] {
  const text = mainText(html);
  const countries = facetValues(html, 'country');
  const named = [...countries, ...facetValues(html, 'segment')].filter((name) => !text.includes(name));
  // Its countries in the other EU languages too: "Estland" finds the Estonian examples.
  return [...acronymAliases(text, terms), ...named, ...countries.flatMap(otherLanguageNames)];
}

/** Pages handed to Pagefind and not yet taken: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 64;

/**
 * Hands pages to Pagefind as they come, from the feed middleware during
 * rendering or from disk afterwards, each with its hidden search words.
 */
export class PageIndexer {
  private readonly pending = new Set<Promise<void>>();
  private readonly seen = new Set<string>();
  private failure: Error | undefined;
  added = 0;

  private readonly index: Pick<PagefindIndex, 'addHTMLFile'>;
  private readonly terms: readonly AcronymTerm[];

  constructor(index: Pick<PagefindIndex, 'addHTMLFile'>, terms: readonly AcronymTerm[]) {
    this.index = index;
    this.terms = terms;
  }

  /** `url` without the base: `/toolbox/pcp/`. Waits only while too many pages are in flight. */
  async add(url: string, html: string): Promise<void> {
    if (this.seen.has(url)) return;
    this.seen.add(url);
    if (!isEntryPage(html)) return;
    const meta = {
      about: termsAbout(titleText(html), this.terms).join(' '),
      aliases: extraWords(html, this.terms).join('. '),
    };
    // Never rejects: a refusal or a rejection (Pagefind's close() rejects every request still queued)
    // is kept as the build's error and thrown by finish(), so no promise is left unhandled.
    const task = this.index.addHTMLFile({ url, content: withMeta(html, meta) }).then(
      (response) => {
        if (response.errors.length > 0) this.fail(url, response.errors.join('; '));
        else this.added++;
      },
      (error: unknown) => this.fail(url, error instanceof Error ? error.message : String(error)),
    );
    const tracked = task.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    if (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
  }

  private fail(url: string, reason: string): void {
    this.failure ??= new Error(`Pagefind could not index ${url}: ${reason}`);
  }

  /**
   * Adds the pages of the build the feed did not see, then waits for Pagefind to have taken every
   * page. Waits for the pages in flight even when reading the build fails, so the caller may close
   * Pagefind as soon as this settles.
   */
  async finish(outDir: string): Promise<number> {
    try {
      const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
        .sort();
      for (const file of files) {
        const url = pageUrl(file);
        if (!this.seen.has(url)) await this.add(url, readFileSync(join(outDir, file), 'utf8'));
      }
    } finally {
      await Promise.all(this.pending);
    }
    if (this.failure) throw this.failure;
    return this.added;
  }
}
