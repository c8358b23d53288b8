/**
 * Writes an allowed tree as HTML exactly as Astro wrote the same tree when
 * bodies were compiled to components (text escapes & < > ' ", attribute values
 * & and ", an empty or true attribute is written bare but alt=""), so moving rendering
 * out of the bundle changes no page. Only allow-listed trees reach it, which
 * is why it needs no raw-HTML or foreign-content cases. hast-util-to-html
 * (tried on the real bodies) writes `<` in text as `&#x3C;` and leaves `'` and
 * `>` as they are: 6 of the 49 bodies would change, so this writer stays.
 */
import type { Element, ElementContent, Root } from 'hast';
import { find, html as htmlSchema } from 'property-information';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

export function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function attributes(element: Element): string {
  let out = '';
  for (const [property, value] of Object.entries(element.properties ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    const info = find(htmlSchema, property);
    const name = info.attribute;
    // A decorative image's alt="" is written out, as the components' templates always wrote it.
    if (value === true || (value === '' && name !== 'alt')) {
      out += ` ${name}`;
      continue;
    }
    const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
    out += ` ${name}="${escapeAttribute(text)}"`;
  }
  return out;
}

function node(child: ElementContent | Root): string {
  switch (child.type) {
    case 'text':
      return escapeText(child.value);
    case 'element': {
      const open = `<${child.tagName}${attributes(child)}>`;
      if (VOID.has(child.tagName)) return open;
      return `${open}${child.children.map(node).join('')}</${child.tagName}>`;
    }
    case 'root':
      return child.children.map((c) => node(c as ElementContent)).join('');
    default:
      return '';
  }
}

export function toHtml(tree: Root): string {
  return node(tree);
}
