/**
 * Wraps the first use of each glossary acronym on a page in `<abbr title="…">`,
 * on a rendered body's tree (src/pipeline/render). Terms come from the glossary
 * collection file, read once per build.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ElementContent, Parents, Root } from 'hast';
import { markFirstUses, SKIPPED_ELEMENTS, type AbbrTerm, type GlossaryMatcher } from '../../lib/glossary-marking.ts';

/** Reads `term` and `expansion` of every glossary item; an unreadable file marks nothing (the validator reports it). */
export function readGlossaryTerms(file: string): AbbrTerm[] {
  try {
    const items = parse(readFileSync(file, 'utf8')) as unknown;
    if (!Array.isArray(items)) return [];
    return items.flatMap((item: { term?: unknown; expansion?: unknown }) =>
      typeof item?.term === 'string' && typeof item.expansion === 'string'
        ? [{ term: item.term, expansion: item.expansion }]
        : [],
    );
  } catch {
    return [];
  }
}

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
