import { describe, expect, it } from 'vitest';
import { buyerLine, formatPeriod, formatValue } from '../../src/lib/examples.ts';

describe('formatPeriod', () => {
  it('writes one year once', () => {
    expect(formatPeriod({ start: 2013, end: 2013 })).toBe('2013');
  });

  it('writes a range with an en dash', () => {
    expect(formatPeriod({ start: 2012, end: 2016 })).toBe('2012–2016');
  });

  it('writes an open period of an ongoing case as onwards', () => {
    expect(formatPeriod({ start: 2023 }, 'ongoing')).toBe('2023 onwards');
  });

  it('writes only the start of a completed case without an end year', () => {
    expect(formatPeriod({ start: 2019 }, 'completed')).toBe('2019');
  });
});

describe('formatValue', () => {
  it('writes an amount in its currency without decimals', () => {
    expect(formatValue({ amount: 73_000_000, currency: 'EUR' })).toBe('€73,000,000');
  });
});

describe('a buyer in the key facts', () => {
  const names: Record<string, string> = { BE: 'Belgium', EU: 'European Union' };
  const name = (code: string) => names[code] ?? code;

  it('puts the country first, so a name with its own brackets gets no second pair', () => {
    expect(buyerLine({ name: 'ASTRID (lead procurer)', country: 'BE' }, name)).toBe('Belgium: ASTRID (lead procurer)');
  });

  it('reads as plain text for a buyer that acts for others', () => {
    expect(buyerLine({ name: 'European Commission, on behalf of the Member States', country: 'EU' }, name)).toBe(
      'European Union: European Commission, on behalf of the Member States',
    );
  });
});
