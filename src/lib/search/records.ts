/**
 * Search records for entries without pages of their own: one result per
 * contact point and per glossary term, each linking to its row on the shared
 * page, instead of one long directory or glossary result.
 */
import { countryName } from '../../schemas/countries.ts';
import type { Contact, GlossaryTerm } from '../../schemas/index.ts';
import { searchRecord, type SearchRecord } from './facets.ts';
import { countryNames } from './country-names.ts';

export interface CustomSearchRecord {
  /** Without the base path, with the anchor: `/directory/#ee`. */
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: SearchRecord['filters'];
  sort: Record<string, string>;
}

const ROLES = {
  ipnc: 'national contact point (IPNC), iProcureNet National Contact',
  tgl: 'topical group leader (TGL)',
} as const;

/** `anchor` is the id the directory gives the row; the indexer checks it exists. */
export function contactRecord(contact: Contact, anchor: string | undefined): CustomSearchRecord {
  const country = countryName(contact.country);
  const role = ROLES[contact.role];
  const base = searchRecord({ collection: 'contacts', data: contact });
  const who = `${contact.name}, ${contact.organisation}`;
  return {
    url: `/directory/${anchor ? `#${anchor}` : ''}`,
    content: [
      `${country}: ${role}.`,
      contact.topic ? `Topic: ${contact.topic}.` : '',
      `${who}.`,
      contact.email,
      contact.note ?? '',
    ]
      .filter(Boolean)
      .join(' '),
    language: 'en',
    // The country in every EU language, searched but never quoted: "Estland" finds Estonia's contact point.
    meta: {
      ...base.meta,
      title: `${country}: ${contact.role === 'ipnc' ? 'national contact point' : `topical group leader${contact.topic ? `, ${contact.topic}` : ''}`}`,
      summary: who,
      aliases: countryNames(contact.country)
        .filter((name) => name !== country)
        .join(', '),
    },
    filters: base.filters,
    sort: base.sort,
  };
}

export function glossaryRecord(term: GlossaryTerm, anchor: string | undefined): CustomSearchRecord {
  const base = searchRecord({ collection: 'glossary', data: term });
  const title = term.expansion ? `${term.term}: ${term.expansion}` : term.term;
  return {
    url: `/glossary/${anchor ? `#${anchor}` : ''}`,
    content: `${title}. ${term.definition}`,
    language: 'en',
    meta: { ...base.meta, title, about: term.term },
    filters: base.filters,
    sort: base.sort,
  };
}
