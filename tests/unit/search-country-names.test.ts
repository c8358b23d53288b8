import { describe, expect, it } from 'vitest';
import {
  EU_LANGUAGES,
  codeForEnglishName,
  countryNames,
  otherLanguageNames,
} from '../../src/lib/search/country-names.ts';

describe('countryNames', () => {
  it('names a country in the EU languages, English first, each name once', () => {
    const names = countryNames('EE');
    expect(names[0]).toBe('Estonia');
    expect(names).toEqual(expect.arrayContaining(['Estland', 'Estonie', 'Eesti', 'Estonia', 'Естония', 'Εσθονία']));
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers the 24 official languages', () => {
    expect(EU_LANGUAGES).toHaveLength(24);
    expect(countryNames('DE')).toEqual(
      expect.arrayContaining(['Deutschland', 'Allemagne', 'Niemcy', 'Saksa', 'Německo']),
    );
  });
});

describe('otherLanguageNames', () => {
  it('finds the code from the English name the site writes, and leaves that name out', () => {
    expect(codeForEnglishName('Estonia')).toBe('EE');
    expect(otherLanguageNames('Estonia')).toContain('Estland');
    expect(otherLanguageNames('Estonia')).not.toContain('Estonia');
  });

  it('adds nothing for a name that is not a country', () => {
    expect(otherLanguageNames('Atlantis')).toEqual([]);
  });
});
