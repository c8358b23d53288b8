/**
 * Search records for entries without pages of their own: one result per
 * contact point and per glossary term, each linking to its row on the shared
 * page, instead of one long directory or glossary result.
 */
import { countryName } from '../../schemas/countries.ts';
import { searchRecord } from './facets.ts';
import { countryNames } from './country-names.ts';

export interface CustomSearchRecord {
  /** Without the base path, with the anchor: `/directory/#ee`. */
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

interface ContactData {
  role: 'ipnc' | 'tgl';
  country: string;
  name: string;
  organisation: string;
  email: string;
  topic?: string | undefined;
  note?: string | undefined;
}

interface GlossaryData {
  id: string;
  term: string;
  expansion?: string | undefined;
  definition: string;
}

const ROLES = {
  ipnc: 'national contact point (IPNC), iProcureNet National Contact',
  tgl: 'topical group leader (TGL)',
} as const;

/** `anchor` is the id the directory gives the row; the indexer checks it exists. */
export function contactRecord(contact: ContactData, anchor: string | undefined): CustomSearchRecord {
  const country = countryName(contact.country);
  const role = ROLES[contact.role];
  const base = searchRecord('contacts', contact as unknown as Record<string, unknown>);
  const who = `${contact.name}, ${contact.organisation}`;
  return {
    url: `/directory/${anchor ? `#${anchor}` : ''}`,
    content: [`${country}: ${role}.`, contact.topic ? `Topic: ${contact.topic}.` : '', `${who}.`, contact.email, contact.note ?? ''].filter(Boolean).join(' '),
    language: 'en',
    // The country in every EU language, searched but never quoted: "Estland" finds Estonia's contact point.
    meta: { ...base.meta, title: `${country}: ${contact.role === 'ipnc' ? 'national contact point' : `topical group leader${contact.topic ? `, ${contact.topic}` : ''}`}`, summary: who, aliases: countryNames(contact.country).filter((name) => name !== country).join(', ') },
    filters: base.filters as Record<string, string[]>,
    sort: base.sort,
  };
}

export function glossaryRecord(term: GlossaryData, anchor: string | undefined): CustomSearchRecord {
  const base = searchRecord('glossary', term as unknown as Record<string, unknown>);
  const title = term.expansion ? `${term.term}: ${term.expansion}` : term.term;
  return {
    url: `/glossary/${anchor ? `#${anchor}` : ''}`,
    content: `${title}. ${term.definition}`,
    language: 'en',
    meta: { ...base.meta, title, about: term.term },
    filters: base.filters as Record<string, string[]>,
    sort: base.sort,
  };
}
