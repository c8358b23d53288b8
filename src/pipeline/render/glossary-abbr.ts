/**
 * Wraps the first use of each glossary acronym on a page in `<abbr title="…">`,
 * on a rendered body's tree (src/pipeline/render). Terms come from the glossary
 * entries the check validated (src/pipeline/glossary.ts).
 */
import type { ElementContent, Parents, Root } from 'hast';
import { markFirstUses, SKIPPED_ELEMENTS, type GlossaryMatcher } from '../../lib/glossary-marking.ts';

/** Wraps the first use of each glossary term on the page, outside links, code, headings and existing <abbr>. */
export function markGlossary(tree: Root, matcher: GlossaryMatcher): void {
  if (!matcher.pattern) return;
  const seen = new Set<string>();
  const walk = (parent: Parents) => {
    parent.children = (parent.children as ElementContent[]).flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
        if (!SKIPPED_ELEMENTS.has(child.tagName)) walk(child);
        return [child];
      }
      if (child.type !== 'text') return [child];
      return markFirstUses(child.value, matcher, seen).map((segment): ElementContent =>
        typeof segment === 'string'
          ? { type: 'text', value: segment }
          : {
              type: 'element',
              tagName: 'abbr',
              properties: { title: segment.title },
              children: [{ type: 'text', value: segment.abbr }],
            },
      );
    }) as typeof parent.children;
  };
  walk(tree);
}
