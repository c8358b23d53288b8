import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { formatProblem, sortProblems } from '../../src/pipeline/problems.ts';
import { content, entriesOf } from './content.ts';

describe('the content as a whole', () => {
  it('validates with zero problems', () => {
    expect(sortProblems(content.problems).map(formatProblem)).toEqual([]);
  });

  it.each(COLLECTION_NAMES)('has at least one entry in %s', (collection) => {
    expect(entriesOf(collection).length).toBeGreaterThan(0);
  });
});
