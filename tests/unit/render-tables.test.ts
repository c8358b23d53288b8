import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';

const render = (markdown: string) => renderBody(markdown, { base: '/', glossary: glossaryMatcher([]) });
const TABLE = '| Who | Role |\n| --- | --- |\n| Lead buyer | Runs the procedure |\n';

describe('tables in entry bodies', () => {
  it('gives each body cell its column header as data-label, for the stacked rows of a narrow screen', () => {
    const { html, problems } = render(`## Who does what\n\n${TABLE}`);
    expect(problems).toEqual([]);
    expect(html).toContain('<td data-label="Who">Lead buyer</td>');
    expect(html).toContain('<td data-label="Role">Runs the procedure</td>');
    expect(html).toContain('<th>Who</th>');
  });

  it('names a table by the heading of its section when no caption is written', () => {
    const { html } = render(`## Who does what\n\nSome words.\n\n${TABLE}`);
    expect(html).toContain('<table aria-labelledby="who-does-what">');
  });

  it('names it by the nearest heading before it, not the first one', () => {
    const { html } = render(`## Steps\n\nText.\n\n### Cost-sharing keys\n\n${TABLE}`);
    expect(html).toContain('<table aria-labelledby="cost-sharing-keys">');
  });

  it('turns a "Table:" paragraph right before the table into its caption, and drops the paragraph', () => {
    const { html, problems } = render(`## Money\n\nTable: What each buyer pays\n\n${TABLE}`);
    expect(problems).toEqual([]);
    expect(html).toContain('<table><caption>What each buyer pays</caption>');
    expect(html).not.toContain('<p>Table:');
    expect(html).not.toContain('aria-labelledby');
  });

  it('leaves a "Table:" paragraph alone when something else comes between it and the table', () => {
    const { html } = render(`## Money\n\nTable: What each buyer pays\n\nA note.\n\n${TABLE}`);
    expect(html).toContain('<p>Table: What each buyer pays</p>');
    expect(html).toContain('<table aria-labelledby="money">');
  });

  it('reports a table with neither a caption nor a heading before it, at its line, saying how to fix it', () => {
    const { html, problems } = render(`An introduction.\n\n${TABLE}`);
    expect(html).toBe('');
    expect(problems).toEqual([
      {
        line: 3,
        column: 1,
        field: 'mdx:table-caption',
        message: 'this table has no caption and no heading before it, so nothing says what it shows',
        hint: 'write a line "Table: what the table shows" just before the table, or put the table under a heading',
      },
    ]);
  });

  it('labels nothing where a header cell is empty', () => {
    const { html } = render('## T\n\n|  | 2024 |\n| --- | --- |\n| Budget | 10 |\n');
    expect(html).toContain('<td>Budget</td>');
    expect(html).toContain('<td data-label="2024">10</td>');
  });
});
