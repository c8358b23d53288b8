/**
 * How a template's text reads once its blanks are marked: the page, the print
 * view and the .docx all split model wording the same way, so a field shows in
 * the same place with the same label everywhere.
 */
import { PLACEHOLDER, type FieldKind, type TemplateField } from '../../schemas/templates.ts';

export type WordingPart = { text: string } | { field: TemplateField };

/**
 * Model wording as text and fields, in order:
 * `wordingParts('Led by {lead}.', [lead])` is `[{ text: 'Led by ' }, { field: lead }, { text: '.' }]`.
 * A name with no field (the schema refuses it) stays as written.
 */
export function wordingParts(text: string, fields: readonly TemplateField[]): WordingPart[] {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const parts: WordingPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const field = byName.get(match[1] ?? '');
    if (!field) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ field });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** What a reader writes in a field of each kind, as the field list names it: "date", "organisation". */
export const FIELD_KIND_LABELS: Record<FieldKind, string> = {
  text: 'text',
  date: 'date',
  party: 'organisation',
  amount: 'amount',
  percentage: 'percentage',
  number: 'number',
  list: 'list',
};

/** The blank as the reader sees it in wording and in the document: `[Lead buyer]`. */
export function blank(field: Pick<TemplateField, 'label'>): string {
  return `[${field.label}]`;
}

/** The plain notice every template carries, on its page and in its document. */
export const STARTING_POINT_NOTICE =
  'This template is a starting point for the buyers’ legal services, not a finished legal text. Each buyer’s lawyers adapt it to the national law that applies and to the procedure, and check it before anyone signs.';
