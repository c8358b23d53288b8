/**
 * A Sätteri hast plugin that wraps the first use of each glossary acronym on
 * a page in `<abbr title="…">`. Terms come from the glossary collection file,
 * read once when the Markdown processor is configured.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { HastPluginDefinition } from 'satteri';
import type { ElementContent, Parents, Text } from 'hast';
import { glossaryMatcher, markFirstUses, SKIPPED_ELEMENTS, type AbbrTerm } from './glossary-marking.ts';

/** Reads `term` and `expansion` of every glossary item; an unreadable file marks nothing (the validator reports it). */
export function readGlossaryTerms(file: string): AbbrTerm[] {
  try {
    const items = parse(readFileSync(file, 'utf8')) as unknown;
    if (!Array.isArray(items)) return [];
    return items.flatMap((item: { term?: unknown; expansion?: unknown }) =>
      typeof item?.term === 'string' && typeof item.expansion === 'string' ? [{ term: item.term, expansion: item.expansion }] : [],
    );
  } catch {
    return [];
  }
}

const SEEN = 'kfGlossarySeen';

export function glossaryAbbrPlugin(terms: readonly AbbrTerm[]): HastPluginDefinition {
  const matcher = glossaryMatcher(terms);
  return {
    name: 'kf-glossary-abbr',
    text(node: Readonly<Text>, ctx) {
      if (!matcher.pattern) return;
      // One set per document: the first use on each page is marked.
      const data = ctx.data as Record<string, unknown>;
      const seen = (data[SEEN] ??= new Set<string>()) as Set<string>;
      for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
        if (parent.type === 'element' && SKIPPED_ELEMENTS.has(parent.tagName)) return;
      }
      const segments = markFirstUses(node.value, matcher, seen);
      if (segments.length === 1 && typeof segments[0] === 'string') return;
      const replacement: ElementContent[] = segments.map((segment) =>
        typeof segment === 'string'
          ? { type: 'text', value: segment }
          : { type: 'element', tagName: 'abbr', properties: { title: segment.title }, children: [{ type: 'text', value: segment.abbr }] },
      );
      ctx.replaceNode(node, replacement);
    },
  };
}
