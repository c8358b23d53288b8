/**
 * HTML reading for the site audits: start tags with their attributes, element
 * ids, and entities. htmlparser2 tokenizes the page as a browser would, so
 * comments, script and style bodies, unquoted and duplicate attributes and
 * entities need no hand-written patterns.
 */
import { Parser } from 'htmlparser2';

export { decodeHTML as decodeEntities } from 'entities';

export interface StartTag {
  name: string;
  attributes: Record<string, string>;
}

/**
 * Every start tag outside comments, scripts, styles and templates, in order.
 * `startTags('<a href="/x/">')` is `[{ name: 'a', attributes: { href: '/x/' } }]`.
 * The opening tag of a script, style or template is kept (a script's `src` matters);
 * what is inside it is not. Attribute names are lowercased, values decoded, and the
 * first of two attributes with one name wins, as in a browser.
 */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let insideTemplate = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (insideTemplate === 0) tags.push({ name, attributes: { ...attributes } });
      if (name === 'template') insideTemplate++;
    },
    onclosetag(name) {
      if (name === 'template' && insideTemplate > 0) insideTemplate--;
    },
  });
  parser.end(html);
  return tags;
}

/** Fragment targets of a page: every `id`, and `name` on anchors (still honoured by browsers). */
export function fragmentTargets(tags: readonly StartTag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    if (tag.attributes['id'] !== undefined) ids.add(tag.attributes['id']);
    if (tag.name === 'a' && tag.attributes['name'] !== undefined) ids.add(tag.attributes['name']);
  }
  return ids;
}
