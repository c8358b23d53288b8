/**
 * Tables that read on a phone and have a name. Markdown gives a table neither
 * a caption nor a way to repeat its column headers, so the renderer adds both:
 *
 * - each body cell carries its column's header as `data-label`, which
 *   content.css shows above the cell when a narrow screen stacks the rows
 *   (a 320 px screen cannot hold three columns of words without breaking them);
 * - the table is named: a paragraph `Table: What each buyer pays` right before
 *   it becomes its visible `<caption>`; without one, the table is named by the
 *   heading of the section it sits in (`aria-labelledby`), as a reader sees it.
 *   A table with neither is a problem: nothing on the page says what it shows.
 */
import type { Element, ElementContent, Parents, Root } from 'hast';
import { textOf } from './heading-links.ts';
import type { BodyProblem } from './sanitize.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The caption line an author writes right before a table, as Pandoc and MultiMarkdown read it. */
const CAPTION = /^Table:\s*(\S.*)$/s;

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

/** The text of each header cell of the table's first row, by column. */
function columnLabels(table: Element): string[] {
  const head = table.children.find((c): c is Element => isElement(c) && c.tagName === 'thead');
  const row = head?.children.find((c): c is Element => isElement(c) && c.tagName === 'tr');
  return (row?.children ?? []).filter(isElement).map((cell) => textOf(cell).trim());
}

function labelCells(table: Element, labels: readonly string[]): void {
  for (const group of table.children.filter(isElement).filter((c) => c.tagName === 'tbody'))
    for (const row of group.children.filter(isElement))
      row.children.filter(isElement).forEach((cell, column) => {
        const label = labels[column];
        if (label) cell.properties = { ...cell.properties, dataLabel: label };
      });
}

/** The caption paragraph right before a table (whitespace between them aside), and its index among the siblings. */
function captionBefore(siblings: readonly ElementContent[], at: number): { index: number; text: string } | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const node = siblings[i];
    if (node?.type === 'text' && node.value.trim() === '') continue;
    if (!isElement(node) || node.tagName !== 'p') return undefined;
    const match = CAPTION.exec(textOf(node).trim());
    return match?.[1] ? { index: i, text: match[1].trim() } : undefined;
  }
  return undefined;
}

/**
 * Labels every table's cells and names it, in document order: a `Table: …`
 * paragraph before it becomes its caption, else the nearest heading before it
 * names it. Runs after linkHeadings, so headings have their ids.
 */
export function captionTables(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let heading: string | undefined;
  const walk = (parent: Parents) => {
    const children = parent.children as ElementContent[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (!isElement(node)) continue;
      if (HEADINGS.has(node.tagName) && typeof node.properties['id'] === 'string') {
        heading = node.properties['id'];
        continue;
      }
      if (node.tagName !== 'table') {
        walk(node);
        continue;
      }
      labelCells(node, columnLabels(node));
      const caption = captionBefore(children, i);
      if (caption) {
        node.children = [
          { type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: caption.text }] },
          ...node.children,
        ];
        children.splice(caption.index, i - caption.index);
        i = caption.index;
      } else if (heading) {
        node.properties = { ...node.properties, ariaLabelledBy: [heading] };
      } else {
        const start = node.position?.start;
        problems.push({
          line: start?.line ?? 1,
          column: start?.column ?? 1,
          field: 'mdx:table-caption',
          message: 'this table has no caption and no heading before it, so nothing says what it shows',
          hint: 'write a line "Table: what the table shows" just before the table, or put the table under a heading',
        });
      }
    }
  };
  walk(tree);
  return problems;
}
