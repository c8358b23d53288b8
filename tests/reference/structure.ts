/**
 * A rendering as the outline the differential test compares: parsed, the
 * site's deliberate differences undone, what serialisers write differently
 * written alike, the white space between blocks dropped.
 */
import { find, html as htmlSchema } from 'property-information';
import { NEUTRAL_COMPONENT } from '../../src/pipeline/render/components.ts';
import { CONTRIBUTOR_ELEMENTS, MARKDOWN_ELEMENTS } from '../../src/pipeline/render/allow-list.ts';
import { htmlOutline, writeAlike } from './html-structure.ts';
import { undoDeliberateDifferences, type RenderSettings } from './deliberate-differences.ts';

/** Attributes that are booleans, as the allow-lists say: written bare or as "true", they mean the same. */
const BOOLEANS = new Set(
  [
    ...Object.values(MARKDOWN_ELEMENTS).flatMap((rules) => Object.entries(rules)),
    ...Object.values(CONTRIBUTOR_ELEMENTS).flatMap((rules) => Object.values(rules).map((r) => [r.property, r.rule])),
  ]
    .filter(([, rule]) => rule === 'boolean')
    .map(([property]) => find(htmlSchema, String(property)).attribute),
);

export function structure(html: string, side: 'site' | 'reference', settings: RenderSettings): string {
  return htmlOutline(html, {
    prepare(tree) {
      undoDeliberateDifferences(tree, side, settings);
      writeAlike(tree, BOOLEANS);
    },
    // The neutral component is a block: the line breaks MDX writes around its content do not render.
    blocks: new Set([NEUTRAL_COMPONENT]),
  });
}
