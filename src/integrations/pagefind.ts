/**
 * Builds the Pagefind search index as the last step of `astro build`, so a
 * contributor cannot forget a separate indexing command. Indexes the detail
 * pages' <main> (with glossary acronyms and their expansions added), plus one
 * record per contact point and per glossary term, and writes <outDir>/pagefind/.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { buildEntries } from '../pipeline/build-entries.ts';
import { isEntryOf } from '../pipeline/validate.ts';
import type { Contact, GlossaryTerm } from '../schemas/index.ts';
import { acronymAliases, termsAbout, type AcronymTerm } from '../lib/search/acronyms.ts';
import { facetValues, hasId, isEntryPage, mainText, pageUrl, titleText, withMeta } from '../lib/search/page-html.ts';
import { contactRecord, glossaryRecord, type CustomSearchRecord } from '../lib/search/records.ts';
import { otherLanguageNames } from '../lib/search/country-names.ts';

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

/** Pages handed to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const BATCH = 64;

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

async function addPages(index: PagefindIndex, outDir: string, terms: readonly AcronymTerm[]): Promise<number> {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  );
  let added = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH).flatMap((file) => {
      const html = readFileSync(join(outDir, file), 'utf8');
      if (!isEntryPage(html)) return [];
      const meta = { about: termsAbout(titleText(html), terms).join(' '), aliases: extraWords(html, terms).join('. ') };
      return [index.addHTMLFile({ url: pageUrl(file), content: withMeta(html, meta) })];
    });
    for (const response of await Promise.all(batch)) {
      if (response.errors.length > 0)
        throw new Error(`Pagefind could not index ${response.file?.url ?? 'a page'}: ${response.errors.join('; ')}`);
      added++;
    }
  }
  return added;
}

export function pagefindIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'kf:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
        try {
          const data = readReferenceData(contentDir);
          const records = customRecords(data, outDir);
          const pages = await addPages(index, outDir, data.terms);
          for (const record of records) {
            const response = await index.addCustomRecord(record);
            if (response.errors.length > 0)
              throw new Error(`Pagefind could not index ${record.url}: ${response.errors.join('; ')}`);
          }
          const bundle = join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          for (const file of UNUSED_BUNDLE_FILES) rmSync(join(bundle, file), { force: true });
          logger.info(`indexed ${pages} pages and ${records.length} contact points and glossary terms`);
        } finally {
          await close();
        }
      },
    },
  };
}
