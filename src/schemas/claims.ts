/**
 * Rules for text that speaks for the site: who owns a guide, what a callout
 * is titled, which words the glossary marks on every page. Anyone may propose
 * content, so no entry may claim an authority's endorsement, and no glossary
 * term may be a common word that would be marked, and indexed, everywhere.
 */
import { z } from 'astro/zod';

/**
 * Words that claim official status or someone's endorsement: `Official guidance`,
 * `Endorsed by the Commission`, `on behalf of DG HOME`. The Official Journal of
 * the EU is a publication, not a claim, and stays allowed.
 */
const ENDORSEMENT =
  /\b(official(?!\s+journal)|officially|endorse[sd]?|endorsement|approved by|on behalf of|accredited|certified by|authori[sz]ed by|sanctioned by)\b/i;

/** The claim an owner or a title makes, or undefined: `endorsementClaim('Endorsed by DG GROW')` is `Endorsed`. */
export function endorsementClaim(text: string): string | undefined {
  return ENDORSEMENT.exec(text)?.[0];
}

/** A text that claims no endorsement or official status, with the words that do as the message. */
export function unendorsed(what: string) {
  return z.string().refine((text) => endorsementClaim(text) === undefined, {
    error: (issue) =>
      `the ${what} "${String(issue.input)}" claims endorsement or official status ("${endorsementClaim(String(issue.input))}"); the site speaks for no authority`,
  });
}

/** Common English words that must never be glossary terms: each would be marked on nearly every page. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for from has have he her his i in is it its of on or our she that the their them they this to was we were which who will with you your'.split(
    ' ',
  ),
);

/**
 * A glossary term: at least two characters, with a capital or a digit (terms are
 * acronyms and names, matched as written in every body), never a common word.
 */
export const glossaryTerm = z
  .string({ error: 'expected the term as written, such as JCBPP' })
  .trim()
  .min(2, { error: 'a term has at least two characters' })
  .max(80, { error: 'keep the term under 80 characters' })
  .refine((text) => !STOP_WORDS.has(text.toLowerCase()), {
    error: (issue) => `"${String(issue.input)}" is a common word; as a term it would be marked on every page`,
    abort: true,
  })
  .refine((text) => /[\p{Lu}\p{N}]/u.test(text), {
    error: (issue) =>
      `"${String(issue.input)}" has no capital letter or digit; terms are acronyms or names, marked wherever they are written`,
  });

/** Text shown as it is written, in a tooltip or a list: no Markdown, HTML or addresses. */
export function plainPhrase(what: string) {
  return z
    .string()
    .max(300, { error: `keep the ${what} under 300 characters` })
    .refine((text) => !/[<>*_`[\]{}]|https?:\/\//i.test(text), {
      error: `write the ${what} in plain text, without Markdown, HTML or addresses`,
    });
}
