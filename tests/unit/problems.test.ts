import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatProblem, formatReport } from '../../src/pipeline/problems.ts';

const problem = {
  file: 'content/contacts/ee.yaml',
  line: 3,
  column: 10,
  field: 'country',
  message: '"UK" is not a country code',
  hint: 'use GB',
};

describe('problem reports', () => {
  it('print one problem per line as path:line:column  field  message  (hint)', () => {
    expect(formatProblem(problem)).toBe('content/contacts/ee.yaml:3:10  country  "UK" is not a country code  (use GB)');
  });

  it('keep one problem on one line when the message quotes a line break or control character', () => {
    const forged = formatProblem({
      ...problem,
      message: '"x\ncontent/pages/fake.mdx:1:1  -  forged\r\u0007" is not a web address',
    });
    expect(forged.split(/[\r\n]/)).toHaveLength(1);
    expect(forged).toBe(
      'content/contacts/ee.yaml:3:10  country  "x\\u000Acontent/pages/fake.mdx:1:1  -  forged\\u000D\\u0007" is not a web address  (use GB)',
    );
  });

  it('become GitHub annotations with properties escaped', () => {
    expect(formatAnnotation({ ...problem, message: 'a: b, c\nd' })).toBe(
      '::error file=content/contacts/ee.yaml,line=3,col=10,title=country::country: a: b, c%0Ad (use GB)',
    );
  });

  it('sort a report by file and position and count the problems', () => {
    const report = formatReport([{ ...problem, line: 9 }, { ...problem, file: 'content/a.mdx' }, problem]);
    const lines = report.split('\n');
    expect(lines[0]).toBe(
      'Content has 3 problems; nothing was built. Fix each line below (file:line:column  field  message  (hint)):',
    );
    expect(lines.slice(2).map((l) => l.split('  ')[0])).toEqual([
      'content/a.mdx:3:10',
      'content/contacts/ee.yaml:3:10',
      'content/contacts/ee.yaml:9:10',
    ]);
  });
});
