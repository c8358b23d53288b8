/**
 * Gives each JSX attribute of a Sätteri tree (mdast for the check, hast for the
 * renderer) its position, which Sätteri does not record: the opening tag is read again from the source, attribute by
 * attribute, from the element's own offset. When the tag cannot be read as
 * expected, its attributes keep no position and problems fall back to the
 * element's, which is still the right line.
 */
import type { Node, Point, Position } from 'unist';
import { eachNode } from './walk.ts';

interface JsxElement extends Node {
  attributes: { position?: Position | undefined }[];
}

type Span = [start: number, end: number];

const SPACE = /\s/;

/** The end of a `{…}` starting at `start`, past nested braces and string literals; -1 when it never closes. */
function braceEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === '"' || char === "'" || char === '`') {
      const close = source.indexOf(char, i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Offsets of each attribute of the opening tag at `start` (`<Name a="1" {...b}>`), in order. */
export function attributeSpans(source: string, start: number): Span[] | undefined {
  if (source[start] !== '<') return undefined;
  let i = start + 1;
  while (i < source.length && !SPACE.test(source[i] ?? '') && !'/>{'.includes(source[i] ?? '')) i++;
  const spans: Span[] = [];
  for (;;) {
    while (SPACE.test(source[i] ?? '')) i++;
    const char = source[i];
    if (char === undefined) return undefined;
    if (char === '/' || char === '>') return spans;
    const from = i;
    if (char === '{') {
      i = braceEnd(source, i);
      if (i === -1) return undefined;
      spans.push([from, i]);
      continue;
    }
    while (i < source.length && !SPACE.test(source[i] ?? '') && !'=/>{'.includes(source[i] ?? '')) i++;
    let end = i;
    while (SPACE.test(source[i] ?? '')) i++;
    if (source[i] === '=') {
      i++;
      while (SPACE.test(source[i] ?? '')) i++;
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, i + 1);
        if (close === -1) return undefined;
        i = close + 1;
      } else if (quote === '{') {
        i = braceEnd(source, i);
        if (i === -1) return undefined;
      } else return undefined;
      end = i;
    }
    if (end === from) return undefined;
    spans.push([from, end]);
  }
}

/** Line and column (1-based, in UTF-16 units like the parser's) of each offset. */
function pointer(source: string): (offset: number) => Point {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset };
  };
}

export function locateAttributes(tree: Node, source: string): void {
  // No `<`, no element written as JSX: most bodies.
  if (!source.includes('<')) return;
  let point: ((offset: number) => Point) | undefined;
  eachNode(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    const offset = element.position?.start.offset;
    if (offset === undefined || element.attributes.length === 0) return;
    const spans = attributeSpans(source, offset);
    if (spans?.length !== element.attributes.length) return;
    point ??= pointer(source);
    element.attributes.forEach((attribute, index) => {
      const [from, to] = spans[index] as Span;
      const position: Position = { start: point!(from), end: point!(to) };
      attribute.position = position;
    });
  });
}
