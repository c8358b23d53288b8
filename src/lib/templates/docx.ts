/**
 * A template as a Word document (.docx), built at build time from the same
 * entry as its page with the `docx` library, then made reproducible: the zip
 * entries and the document's core properties carry the template's own date,
 * never the time of the build, so two builds give the same bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Template, TemplateSection, TemplateTable } from '../../schemas/templates.ts';
import { FIELD_KIND_LABELS, STARTING_POINT_NOTICE, blank, wordingParts } from './wording.ts';

export interface DocxContext {
  /** The template's public page, printed in the footer: `https://…/templates/collaboration-agreement/`. */
  pageUrl: string;
  /** Title of each guide step named in `when`, by its reference; a reference without a title is printed as written. */
  stepTitles: ReadonlyMap<string, string>;
  /** YYYY-MM-DD written as the document's creation and modification date: the template's newest change. */
  date: string;
}

/** Blank rows a form table gets in the document, so there is somewhere to write. */
const FORM_ROWS = 3;

const GUIDANCE_COLOUR = '444444';

function label(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 160, after: 60 }, children: [new TextRun({ text, bold: true })] });
}

function guidance(text: string): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8A8A8A', space: 8 } },
    indent: { left: 200 },
    children: [new TextRun({ text, italics: true, color: GUIDANCE_COLOUR })],
  });
}

function wording(text: string, section: TemplateSection): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    children: wordingParts(text, section.fields).map((part) =>
      'field' in part
        ? new TextRun({ text: blank(part.field), bold: true, highlight: 'yellow' })
        : new TextRun({ text: part.text }),
    ),
  });
}

function cell(text: string, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E7E7E7', color: 'auto' } } : {}),
  });
}

function table(spec: TemplateTable): (Paragraph | Table)[] {
  const rows = spec.rows.length > 0 ? spec.rows : Array.from({ length: FORM_ROWS }, () => spec.columns.map(() => ''));
  return [
    label(spec.caption),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: spec.columns.map((column) => cell(column, true)) }),
        ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
      ],
    }),
  ];
}

function fieldTable(section: TemplateSection): (Paragraph | Table)[] {
  if (section.fields.length === 0) return [];
  return [
    label('Fields to fill in'),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      // A third for the field's name, the rest for what to write (twips of an A4 page's text width).
      columnWidths: [3000, 6026],
      rows: [
        new TableRow({ tableHeader: true, children: [cell('Field', true), cell('What to write', true)] }),
        ...section.fields.map(
          (field) =>
            new TableRow({
              children: [
                cell(field.label),
                cell([FIELD_KIND_LABELS[field.kind], field.hint].filter(Boolean).join(': ')),
              ],
            }),
        ),
      ],
    }),
  ];
}

function sectionBlocks(section: TemplateSection): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }),
    label('Guidance (delete before use)'),
    ...section.guidance.map(guidance),
    label('Model wording'),
    ...section.wording.map((text) => wording(text, section)),
    ...fieldTable(section),
    ...section.tables.flatMap(table),
  ];
}

/** The document's paragraphs and tables, in reading order. */
export function documentBody(data: Template, context: DocxContext): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: data.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: data.summary })] }),
    new Paragraph({
      spacing: { after: 240 },
      shading: { type: ShadingType.CLEAR, fill: 'FFF4CE', color: 'auto' },
      border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'B58900', space: 8 } },
      children: [new TextRun({ text: STARTING_POINT_NOTICE, bold: true })],
    }),
    new Paragraph({ text: 'About this template', heading: HeadingLevel.HEADING_1 }),
    label('What it is for'),
    ...data.purpose.map((text) => new Paragraph({ spacing: { after: 120 }, text })),
    label('When you need it'),
    ...data.when.map((ref) => new Paragraph({ bullet: { level: 0 }, text: context.stepTitles.get(ref) ?? ref })),
    label('Legal basis'),
    ...data.legalBasis.map(
      (basis) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun({ text: `${basis.provision}: `, bold: true }),
            new TextRun({ text: basis.explanation }),
          ],
        }),
    ),
    label('How to use it'),
    new Paragraph({
      spacing: { after: 120 },
      children: [
        new TextRun({
          text: 'Guidance paragraphs are in grey italics beside a line; delete them before use. Fields to fill in are in ',
        }),
        new TextRun({ text: '[square brackets]', bold: true, highlight: 'yellow' }),
        new TextRun({ text: '; each section lists them with what to write.' }),
      ],
    }),
    ...data.sections.flatMap(sectionBlocks),
    new Paragraph({ text: 'Sources', heading: HeadingLevel.HEADING_1 }),
    ...data.sources.map(
      (source) =>
        new Paragraph({
          bullet: { level: 0 },
          text: [source.title, source.publisher, source.date, source.url].filter(Boolean).join(', '),
        }),
    ),
  ];
}

/** The template as a .docx, the same bytes for the same entry and context. */
export async function templateDocx(data: Template, context: DocxContext): Promise<Uint8Array> {
  const document = new Document({
    title: data.title,
    description: data.summary,
    creator: data.owner,
    lastModifiedBy: data.owner,
    revision: data.changes.length || 1,
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${data.title}. Latest version: ${context.pageUrl}`, size: 16 })],
              }),
            ],
          }),
        },
        children: documentBody(data, context),
      },
    ],
  });
  return reproducibleZip(new Uint8Array(await Packer.toBuffer(document)), context.date);
}

/**
 * Rewrites a package so that nothing in it depends on when it was made: the
 * core properties' created and modified dates and every zip entry's time
 * become `day` (YYYY-MM-DD), and entries keep their order.
 * `reproducibleZip(bytes, '2026-12-05')` gives the same bytes for the same content whenever it runs.
 */
export function reproducibleZip(bytes: Uint8Array, day: string): Uint8Array {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // fflate reads the time in local time; a local date keeps the zip's stored day the same on every machine.
  const mtime = new Date(year, month - 1, date);
  const files = unzipSync(bytes);
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    const data =
      name === 'docProps/core.xml'
        ? new TextEncoder().encode(
            new TextDecoder()
              .decode(content)
              .replace(
                /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
                (_, open: string, _name: string, close: string) => `${open}${day}T00:00:00Z${close}`,
              ),
          )
        : content;
    entries[name] = [data, { mtime, level: 9 }];
  }
  return zipSync(entries);
}
