import { describe, expect, it } from 'vitest';
import { journeyLabel, STAGE_LABELS } from '../../src/lib/labels.ts';

describe('journeyLabel', () => {
  it('says where a step stands in a stage of several steps', () => {
    expect(journeyLabel({ stage: 'prepare', number: 2, total: 7 })).toEqual({
      line: 'Prepare (pre-tender) · step 2 of 7',
      crumb: 'Prepare (pre-tender)',
    });
  });

  it('never says "step 1 of 1" for a stage of one guide', () => {
    expect(journeyLabel({ stage: 'tender', number: 1, total: 1 }).line).toBe(STAGE_LABELS.tender);
  });

  it('calls a cross-cutting guide without a step a reference guide, not a step', () => {
    expect(journeyLabel({ stage: undefined, number: 3, total: 10 }).line).toBe('Reference guide');
  });
});
