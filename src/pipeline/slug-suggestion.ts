/**
 * What to rename a file whose name is not a slug to. Its own module because
 * both reading the content folder (read.ts) and the address rules
 * (addresses.ts) name it, and addresses.ts reads validated entries.
 */

/** `slugSuggestion('Joint Needs.v2')` is `joint-needs-v2`: what to rename a file to. */
export function slugSuggestion(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'new-name';
}
