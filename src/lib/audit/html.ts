/**
 * Just enough HTML reading for the site audits: start tags with their
 * attributes, element ids, and text. The built pages are machine-written by
 * Astro, so a tokenizer over start tags is exact enough and needs no DOM.
 */

export interface StartTag {
  name: string;
  attributes: Record<string, string>;
}

const COMMENT_OR_RAW = /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `a&amp;b&#x27;` is `a&b'`: the entities Astro writes in attribute values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Every start tag outside comments, scripts, styles and templates, in order.
 * `startTags('<a href="/x/">')` is `[{ name: 'a', attributes: { href: '/x/' } }]`.
 * The opening tag of a script or style is kept (its `src` matters); its body is not.
 */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const visible = html.replace(COMMENT_OR_RAW, (whole, name: string | undefined) => (name ? (/^<[^>]*>/.exec(whole)?.[0] ?? '') : ''));
  for (const match of visible.matchAll(START_TAG)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = (attribute[1] ?? '').toLowerCase();
      if (!(name in attributes)) attributes[name] = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes });
  }
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
