import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from './content.ts';

/** Words that mark unfinished text. Angle-bracket fields such as <IPNC's name> in the outreach letter are intended and not matched. */
const PLACEHOLDER = /\blorem\b|\bTODO\b|\bTBD\b|\bFIXME\b|\bexample\.com\b/i;

const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(mdx|md|yaml)$/.test(name))
  .map((name) => join(contentDir, name));

function placeholdersIn(text: string): string[] {
  return text.split('\n').flatMap((line, i) => (PLACEHOLDER.test(line) ? [`line ${i + 1}: ${line.trim()}`] : []));
}

describe('placeholders', () => {
  it('finds placeholder words but not angle-bracket letter fields', () => {
    expect(placeholdersIn('Dear <Sir, Madam>,\nAs <IPNC\'s occupation> of <IPNC\'s organisation>')).toEqual([]);
    expect(placeholdersIn('summary: TBD')).toEqual(['line 1: summary: TBD']);
    expect(placeholdersIn('ok\nurl: https://example.com/x')).toEqual(['line 2: url: https://example.com/x']);
    expect(placeholdersIn('Lorem ipsum')).toHaveLength(1);
  });

  it.each(files.map((file) => [relative(contentDir, file), file] as const))('%s contains no placeholder text', (_name, file) => {
    expect(placeholdersIn(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
