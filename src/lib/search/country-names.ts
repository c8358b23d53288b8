/**
 * A country's name in every official language of the EU, from the ICU data
 * that ships with Node (Intl.DisplayNames), so a reader who searches in their
 * own language ("Estland", "Estonie", "Eesti") finds the pages about it.
 */
import { isCountryCode } from '../../schemas/countries.ts';

/** The 24 official languages of the European Union. */
export const EU_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

const namers = EU_LANGUAGES.map((language) => new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** `countryNames('EE')`: "Estonia", "Estland", "Estonie", "Eesti", "Естония"… each once, English first. */
export function countryNames(code: string): string[] {
  return [
    ...new Set(
      [english.of(code), ...namers.map((namer) => namer.of(code))].filter((name): name is string => name !== undefined),
    ),
  ];
}

let byEnglishName: Map<string, string> | undefined;

/** The ISO code for an English country name as the site writes it ("Estonia" → "EE"), or undefined. */
export function codeForEnglishName(name: string): string | undefined {
  if (!byEnglishName) {
    byEnglishName = new Map();
    for (let a = 65; a <= 90; a += 1) {
      for (let b = 65; b <= 90; b += 1) {
        const code = String.fromCharCode(a, b);
        if (isCountryCode(code)) byEnglishName.set(english.of(code) ?? code, code);
      }
    }
  }
  return byEnglishName.get(name);
}

/** The names of a country, given in English, in the other EU languages: the words to add to its pages' index entries. */
export function otherLanguageNames(englishName: string): string[] {
  const code = codeForEnglishName(englishName);
  return code ? countryNames(code).filter((name) => name !== englishName) : [];
}
