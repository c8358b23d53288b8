/**
 * Several rendered guides in one printable document: each body keeps its own
 * section ids (`purpose`, `steps`…), so they are prefixed with the guide's
 * slug to stay unique, with the in-page links and ARIA references that point
 * at them; and each body's headings move one level down, under the guide's
 * own title.
 *
 * The input is HTML our own renderer wrote, where attribute values are quoted
 * (a quote inside one is escaped) and `<` in text is always escaped, so
 * attributes are matched inside start tags only, and tags by pattern; it is
 * not a general HTML rewriter.
 */

const START_TAG = /<[a-zA-Z][^>]*>/g;

const ID_ATTRIBUTE = /(\s)(id|for|aria-labelledby|aria-describedby|aria-controls|headers)="([^"]*)"/g;
const FRAGMENT_LINK = /(\shref)="#([^"]+)"/g;

/** `prefixIds('<h2 id="steps">', 'needs')` is `<h2 id="needs--steps">`; `href="#steps"` becomes `href="#needs--steps"`. */
export function prefixIds(html: string, prefix: string): string {
  return html.replace(START_TAG, (tag) =>
    tag
      .replace(ID_ATTRIBUTE, (_all, space: string, name: string, value: string) => {
        const ids = value
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => `${prefix}--${id}`);
        return `${space}${name}="${ids.join(' ')}"`;
      })
      .replace(FRAGMENT_LINK, (_all, attribute: string, id: string) => `${attribute}="#${prefix}--${id}"`),
  );
}

/** Headings one level down, h6 staying h6: `demoteHeadings('<h2>A</h2>')` is `<h3>A</h3>`. */
export function demoteHeadings(html: string): string {
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/g,
    (_all, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 1)}`,
  );
}

const SELF_LINK = /<a class="heading-link"[^>]*>[\s\S]*?<\/a>/g;

/**
 * A body's sections as plain headings: no "link to this section" marks (paper
 * cannot follow them), and no heading-wrapper or anchor-alias classes, which
 * mark the anchors the site promises to keep (src/pipeline/checker/manifest.ts):
 * sections of the printable toolbox are copies, their promise is the guide's.
 */
export function asPrintedSections(html: string): string {
  return html
    .replace(SELF_LINK, '')
    .replace(/class="heading-wrapper"/g, 'class="printed-heading"')
    .replace(/class="anchor-alias"/g, 'class="printed-alias"');
}
