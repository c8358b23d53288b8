/**
 * Builds the Pagefind search index inside `astro build`, so a contributor
 * cannot forget a separate indexing command. Indexes the detail pages' <main>
 * (with glossary acronyms and their expansions added), plus one record per
 * contact point and per glossary term, and writes <outDir>/pagefind/. Pagefind
 * starts with the build and takes each page as it is rendered
 * (through rendered-pages.ts), so indexing runs beside rendering, not after it.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildEntries } from '../pipeline/build-entries.ts';
import { isEntryOf } from '../pipeline/validate.ts';
import type { Contact, GlossaryTerm } from '../schemas/index.ts';
import { hasId, pageUrlOf } from '../lib/search/page-html.ts';
import { contactRecord, glossaryRecord, type CustomSearchRecord } from '../lib/search/records.ts';
import { registerPageHandler, unregisterPageHandler } from './page-handlers.ts';
import { IndexerThread } from './pagefind-thread.ts';
import { isMissing } from '../pipeline/files.ts';

/**
 * Pagefind writes its ready-made interfaces too; the search page uses its own
 * thin one on pagefind.js (see README, "Search"), so these are not published.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** A built page, or '' when the build has none; any other failure to read it stops the build. */
function readBuiltPage(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return '';
    throw error;
  }
}

/** Contact points and glossary terms, read with the same validator the build ran. */
function readReferenceData(build: BuildEntries): {
  contacts: { slug: string; data: Contact }[];
  terms: GlossaryTerm[];
} {
  const entries = build.get();
  return {
    contacts: entries.filter((e) => isEntryOf(e, 'contacts')).map((e) => ({ slug: e.slug, data: e.data })),
    terms: entries.filter((e) => isEntryOf(e, 'glossary')).map((e) => e.data),
  };
}

/**
 * One record per contact point and glossary term, each linking to an anchor that exists on its page; `warn`
 * names the records that can only link to the page itself, because their row was not found.
 */
function customRecords(
  data: ReturnType<typeof readReferenceData>,
  outDir: string,
  warn: (message: string) => void,
): CustomSearchRecord[] {
  const directory = readBuiltPage(join(outDir, 'directory/index.html'));
  const glossary = readBuiltPage(join(outDir, 'glossary/index.html'));
  const unanchored: string[] = [];
  const anchor = (page: string, ids: string[], what: string) => {
    const found = ids.find((id) => hasId(page, id));
    if (found === undefined) unanchored.push(what);
    return found;
  };
  const records = [
    // The directory's row id: the entry's own slug if it has one, else the country code.
    ...data.contacts.map(({ slug, data: contact }) =>
      contactRecord(contact, anchor(directory, [slug, contact.country.toLowerCase()], `/directory/ (${slug})`)),
    ),
    ...data.terms.map((term) => glossaryRecord(term, anchor(glossary, [term.id], `/glossary/ (${term.id})`))),
  ];
  if (unanchored.length > 0)
    warn(`${unanchored.length} search records link to their page without a row to jump to: ${unanchored.join(', ')}`);
  return records;
}

export function pagefindIntegration(build: BuildEntries): AstroIntegration {
  let indexer: IndexerThread | undefined;
  let base = '/';
  return {
    name: 'kf:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        const thread = new IndexerThread(readReferenceData(build).terms);
        indexer = thread;
        registerPageHandler('kf:pagefind', {
          observe: ({ pathname, html }) => thread.add(pageUrlOf(pathname, base), html),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        unregisterPageHandler('kf:pagefind');
        if (!indexer) throw new Error('the search index was not started (astro:build:start did not run)');
        const thread = indexer;
        indexer = undefined;
        const outDir = fileURLToPath(dir);
        const records = customRecords(readReferenceData(build), outDir, (message) => logger.warn(message));
        const done = await thread.finish(outDir, join(outDir, 'pagefind'), records, UNUSED_BUNDLE_FILES);
        logger.info(`indexed ${done.pages} pages and ${done.records} contact points and glossary terms`);
      },
    },
  };
}
