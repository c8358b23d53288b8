import { foldLine, oneLine } from './ics.ts';

/**
 * A vCard 4.0 (RFC 6350) per contact point, generated at build time so a
 * reader can save the contact in one step.
 */

export interface VcardContact {
  name: string;
  organisation: string;
  email: string;
  /** e.g. "iProcureNet national contact point for Estonia". */
  title: string;
  countryName: string;
  /** The directory row of the contact. */
  url: string;
  /** When the entry was last confirmed, YYYY-MM or YYYY-MM-DD. */
  asOf?: string | undefined;
}

/** Escapes a single TEXT value (RFC 6350 3.4): backslash, comma, and every line break, a bare CR included. */
export function escapeValue(value: string): string {
  return oneLine(value.replace(/\\/g, '\\\\').replace(/,/g, '\\,'));
}

/** Escapes one component of a compound value (ORG, ADR), where a semicolon separates components. */
export function escapeComponent(value: string): string {
  return escapeValue(value).replace(/;/g, '\\;');
}

/** The .vcf file, CRLF line ends. */
export function contactToVcard(contact: VcardContact): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:individual',
    `FN:${escapeValue(contact.name)}`,
    `ORG:${escapeComponent(contact.organisation)}`,
    `TITLE:${escapeValue(contact.title)}`,
    `EMAIL;TYPE=work:${oneLine(contact.email)}`,
    `ADR;TYPE=work:;;;;;;${escapeComponent(contact.countryName)}`,
    `URL:${oneLine(contact.url)}`,
  ];
  if (contact.asOf) lines.push(`NOTE:${escapeValue(`Entry last confirmed ${contact.asOf}.`)}`);
  lines.push('END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
