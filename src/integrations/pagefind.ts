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
import { buildEntries } from '../pipeline/build-entries.ts';
import { isEntryOf } from '../pipeline/validate.ts';
import type { Contact, GlossaryTerm } from '../schemas/index.ts';
import { hasId, pageUrlOf } from '../lib/search/page-html.ts';
import { contactRecord, glossaryRecord, type CustomSearchRecord } from '../lib/search/records.ts';
import { registerPageHandler, unregisterPageHandler } from './rendered-pages.ts';
import { IndexerThread } from './pagefind-thread.ts';

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

function readIfExists(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Contact points and glossary terms, read with the same validator the build ran. */
function readReferenceData(contentDir: string): { contacts: { slug: string; data: Contact }[]; terms: GlossaryTerm[] } {
  const entries = buildEntries(contentDir);
  return {
    contacts: entries.filter((e) => isEntryOf(e, 'contacts')).map((e) => ({ slug: e.slug, data: e.data })),
    terms: entries.filter((e) => isEntryOf(e, 'glossary')).map((e) => e.data),
  };
}

/** One record per contact point and glossary term, each linking to an anchor that exists on its page. */
function customRecords(data: ReturnType<typeof readReferenceData>, outDir: string): CustomSearchRecord[] {
  const directory = readIfExists(join(outDir, 'directory/index.html'));
  const glossary = readIfExists(join(outDir, 'glossary/index.html'));
  return [
    // The directory's row id: the entry's own slug if it has one, else the country code.
    ...data.contacts.map(({ slug, data: contact }) =>
      contactRecord(
        contact,
        [slug, contact.country.toLowerCase()].find((id) => hasId(directory, id)),
      ),
    ),
    ...data.terms.map((term) => glossaryRecord(term, hasId(glossary, term.id) ? term.id : undefined)),
  ];
}

export function pagefindIntegration(contentDir: string): AstroIntegration {
  let indexer: IndexerThread | undefined;
  let base = '/';
  return {
    name: 'kf:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        const thread = new IndexerThread(readReferenceData(contentDir).terms);
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
        const records = customRecords(readReferenceData(contentDir), outDir);
        const done = await thread.finish(outDir, join(outDir, 'pagefind'), records, UNUSED_BUNDLE_FILES);
        logger.info(`indexed ${done.pages} pages and ${done.records} contact points and glossary terms`);
      },
    },
  };
}
