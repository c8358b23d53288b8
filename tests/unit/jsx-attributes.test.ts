import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { attributeSpans, locateAttributes } from '../../src/pipeline/render/jsx-attributes.ts';

const texts = (source: string, start = 0) => attributeSpans(source, start)?.map(([from, to]) => source.slice(from, to));

describe('attribute positions Sätteri does not record', () => {
  it('reads quoted, braced, spread and bare attributes in order', () => {
    expect(texts(`<Video href="a b" title='x' items={["}", {a: "{"}]} {...rest} open />`)).toEqual([
      'href="a b"',
      "title='x'",
      'items={["}", {a: "{"}]}',
      '{...rest}',
      'open',
    ]);
  });

  it('reads attributes across lines and around spaces before and after =', () => {
    expect(texts('<Callout\n  type = "tip"\n  set:html="<b>">x</Callout>')).toEqual(['type = "tip"', 'set:html="<b>"']);
  });

  it('gives up, rather than guess, on a tag it cannot read', () => {
    expect(attributeSpans('<Video href="never closed />', 0)).toBeUndefined();
    expect(attributeSpans('<Video href=bare />', 0)).toBeUndefined();
    expect(attributeSpans('no tag here', 0)).toBeUndefined();
  });

  it('places each attribute at its own line and column, counting columns as the parser does', () => {
    const source = 'Łódź 😀 text\n\nA <abbr title="x"\n   id="y">X</abbr>\n';
    const tree = mdxToMdast(source);
    locateAttributes(tree, source);
    const element = (
      (tree as unknown as { children: unknown[] }).children[1] as {
        children: { attributes?: { position?: unknown }[] }[];
      }
    ).children[1];
    expect(element?.attributes?.map((a) => a.position)).toMatchObject([
      { start: { line: 3, column: 9 }, end: { line: 3, column: 18 } },
      { start: { line: 4, column: 4 }, end: { line: 4, column: 10 } },
    ]);
  });

  it('leaves attributes without a position when the count read differs from the parser', () => {
    const source = '<Video a="1" />';
    const tree = mdxToMdast(source);
    const element = (tree as unknown as { children: unknown[] }).children[0] as {
      attributes: { position?: unknown }[];
    };
    element.attributes.push({ position: undefined });
    locateAttributes(tree, source);
    expect(element.attributes.map((a) => a.position)).toEqual([undefined, undefined]);
  });
});
