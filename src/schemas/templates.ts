import { z } from 'astro/zod';
import GithubSlugger from 'github-slugger';
import { isoDay, oneOf, pageFields, source } from './shared.ts';

/**
 * A template to download and fill in: content/templates/<slug>.yaml,
 * published at /templates/<slug>/ and as /templates/<slug>.docx.
 *
 * Every text is plain text, one paragraph per list item: the page and the
 * .docx are both built from these strings, so nothing in them may be markup.
 * Model wording marks what the reader fills in as `{field-name}`, naming a
 * field of the same section; the page and the document show it as a marked
 * blank with the field's label.
 */

/** What a field to fill in holds, so the page and the document can say what to write. */
export const FIELD_KINDS = ['text', 'date', 'party', 'amount', 'percentage', 'number', 'list'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** How far a template has been tried: `proposed` (written from public sources), `tested` (used in a real procedure). */
export const TEMPLATE_STATUSES = ['proposed', 'tested'] as const;

/** `{lead-buyer}` in model wording: a field to fill in. */
export const PLACEHOLDER = /\{([^{}]*)\}/g;

/** A field name: lowercase words joined by hyphens, e.g. `lead-buyer`. */
const FIELD_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Characters and patterns that would make text markup rather than words:
 * HTML tags, Markdown emphasis, code, links and headings. Each with what to
 * write instead, for the contributor's message.
 */
const MARKUP: readonly [RegExp, string][] = [
  [/[<>]/, 'the characters < and > (HTML); write "less than" or "more than"'],
  [/`/, 'backticks (Markdown code)'],
  [/\*/, 'asterisks (Markdown emphasis)'],
  [/\[[^\]]*\]\(/, 'a Markdown link [text](address); list the address under sources'],
  [/^#/, 'a # at the start (a Markdown heading); headings are the section headings'],
];

/**
 * One paragraph of plain text: no line breaks (a paragraph is one list item)
 * and no markup. `plainParagraph('a heading')` is the schema; its message
 * names what the text is, e.g. "expected the heading as plain text".
 */
export function plainParagraph(what: string, max = 2000) {
  return z
    .string({
      // YAML reads an unquoted text holding ": " as a map: say how to keep it text.
      error: (issue) =>
        issue.input !== null && typeof issue.input === 'object' && !Array.isArray(issue.input)
          ? `expected ${what} as plain text, but the colon followed by a space made it a map; put the whole text in double quotes`
          : `expected ${what} as plain text`,
    })
    .trim()
    .min(1, { error: `${what} is empty; write it, or remove the line` })
    .max(max, { error: `${what} is longer than ${max} characters; split it into several paragraphs` })
    .superRefine((text, ctx) => {
      if (/\n/.test(text))
        ctx.addIssue({
          code: 'custom',
          message: `${what} spans several lines; write one paragraph per list item (a new line starting with "- ")`,
        });
      for (const [pattern, name] of MARKUP)
        if (pattern.test(text))
          ctx.addIssue({ code: 'custom', message: `${what} contains ${name}; write plain text only` });
    });
}

/** A field the reader fills in: `{ name: lead-buyer, label: Lead buyer, kind: party, hint: … }`. */
export const templateField = z.strictObject({
  /** How model wording names the field: `{lead-buyer}`. */
  name: z.string({ error: 'expected a field name such as lead-buyer' }).regex(FIELD_NAME, {
    error: (issue) =>
      `"${String(issue.input)}" is not a field name; write lowercase words joined by hyphens, e.g. lead-buyer`,
  }),
  /** What the blank is called on the page and in the document: "Lead buyer". */
  label: plainParagraph('the label', 80),
  /** What it holds: text, date, party (a buyer or a supplier), amount, percentage, number or list. */
  kind: oneOf(FIELD_KINDS),
  /** What to write, e.g. "The legal name of the buyer, as in its founding act". */
  hint: plainParagraph('the hint', 300).optional(),
});
export type TemplateField = z.infer<typeof templateField>;

/** A table in a section: a worked example with figures, or a form to fill in (no rows). */
export const templateTable = z
  .strictObject({
    /** What the table shows: "Worked example: three buyers sharing by quantity (figures for illustration)". */
    caption: plainParagraph('the caption', 200),
    /** Column headings, at least two. */
    columns: z.array(plainParagraph('a column heading', 80)).min(2, { error: 'a table needs at least two columns' }),
    /** Rows of cells, each as many as the columns; none for a form to fill in. */
    rows: z.array(z.array(plainParagraph('a cell', 300))).default([]),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      if (row.length !== table.columns.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `row ${i + 1} has ${row.length} ${row.length === 1 ? 'cell' : 'cells'} but the table has ${table.columns.length} columns; give every row one cell per column`,
        });
    });
  });
export type TemplateTable = z.infer<typeof templateTable>;

/** One part of the document: guidance for the person filling it in, model wording, the fields to fill. */
export const templateSection = z.strictObject({
  heading: plainParagraph('the heading', 100),
  /** Advice to whoever fills the section in; not part of the document they sign. */
  guidance: z
    .array(plainParagraph('a paragraph of guidance'))
    .min(1, { error: 'write at least one paragraph of guidance' }),
  /** Text to adapt, with `{field-name}` where something is filled in. */
  wording: z.array(plainParagraph('a paragraph of model wording')).min(1, {
    error: 'write at least one paragraph of model wording',
  }),
  /** The blanks in this section's wording, each named once. */
  fields: z.array(templateField).default([]),
  /** Worked examples or forms to fill in. */
  tables: z.array(templateTable).default([]),
});
export type TemplateSection = z.infer<typeof templateSection>;

/** A guide step that produces the document: `guides/decision-to-cooperate#documents-you-produce`. */
export const guideStepRef = z
  .string({ error: 'expected a guide step such as guides/decision-to-cooperate#documents-you-produce' })
  .regex(/^guides\/[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9][a-z0-9_-]*)?$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not a guide step; write guides/<guide slug>#<section id>, e.g. guides/decision-to-cooperate#documents-you-produce`,
  });

/** The law a template rests on, in a reader's words: `{ provision: Directive 2014/24/EU, Article 39(4), explanation: … }`. */
export const legalBasis = z.strictObject({
  provision: plainParagraph('the provision', 160),
  explanation: plainParagraph('the explanation', 800),
});

/** A section's id on its page, as any heading's: `sectionId('Leaving and joining')` is `leaving-and-joining`. */
export function sectionId(heading: string): string {
  return new GithubSlugger().slug(heading);
}

/** Ids the template page gives its own parts; a section heading may not take one. */
export const TEMPLATE_PAGE_IDS = [
  'at-a-glance',
  'what-it-is-for',
  'legal-basis',
  'how-to-use-it',
  'sources',
  'updates',
] as const;

/** Every id a template's page has, for links into it: its own parts, then one per section. */
export function templateAnchors(data: Pick<Template, 'sections' | 'changes'>): string[] {
  const own = TEMPLATE_PAGE_IDS.filter((id) => id !== 'updates' || data.changes.length > 0);
  return [...own, ...data.sections.map((section) => sectionId(section.heading))];
}

/** Names written in `{…}` in a text: `placeholders('{a} and {b}')` is `['a', 'b']`. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

export const templateSchema = z
  .strictObject({
    ...pageFields,
    /** What the document is for, in one or more paragraphs. */
    purpose: z.array(plainParagraph('a paragraph of the purpose')).min(1, { error: 'say what the document is for' }),
    /** The guide steps that produce it, as guides/<slug>#<section>; the check resolves each. */
    when: z.array(guideStepRef).min(1, { error: 'name at least one guide step that produces this document' }),
    /** The provisions it rests on. */
    legalBasis: z.array(legalBasis).min(1, { error: 'name at least one provision the document rests on' }),
    status: oneOf(TEMPLATE_STATUSES),
    /** When the owner last checked the template against its sources. */
    lastReviewed: isoDay,
    /** Organisation or team responsible for the template. */
    owner: z.string({ error: 'expected the organisation or team responsible for the template' }).min(2),
    sections: z.array(templateSection).min(1, { error: 'a template needs at least one section' }),
    /** Where the template's content comes from; at least one. */
    sources: z.array(source).min(1, { error: 'list at least one source' }),
  })
  .superRefine((data, ctx) => {
    // Section ids come from headings, as on every page: two headings with one id would give one link two targets.
    const ids = new Map<string, number>();
    const names = new Map<string, string>();
    data.sections.forEach((section, s) => {
      const id = sectionId(section.heading);
      const twin = ids.get(id);
      if ((TEMPLATE_PAGE_IDS as readonly string[]).includes(id))
        ctx.addIssue({
          code: 'custom',
          path: ['sections', s, 'heading'],
          message: `"${section.heading}" gives the section id #${id}, which the template page uses for its own part; reword the heading`,
        });
      else if (twin !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['sections', s, 'heading'],
          message: `"${section.heading}" gives the same section id (#${id}) as section ${twin + 1}; reword one of the two headings`,
        });
      else ids.set(id, s);
      const own = new Set<string>();
      section.fields.forEach((field, f) => {
        const where = names.get(field.name);
        if (where !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'fields', f, 'name'],
            message: `the field "${field.name}" is already declared in ${where}; give each field its own name, as the document lists each blank once`,
          });
        names.set(field.name, `section ${s + 1} ("${section.heading}")`);
        own.add(field.name);
      });
      section.wording.forEach((text, w) => {
        if (/[{}]/.test(text.replace(PLACEHOLDER, '')))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'wording', w],
            message: 'a { or } is not closed; write a field to fill in as {field-name}, with both braces',
          });
        for (const name of placeholders(text)) {
          if (own.has(name)) continue;
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'wording', w],
            message: `{${name}} is not a field of this section; declare it under fields (name, label, kind) or correct the name (fields: ${[...own].join(', ') || 'none'})`,
          });
        }
      });
    });
  });
export type Template = z.infer<typeof templateSchema>;
