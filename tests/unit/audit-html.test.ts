import { describe, expect, it } from 'vitest';
import { decodeEntities, fragmentTargets, startTags } from '../../scripts/lib/audit/html.ts';

describe('startTags', () => {
  it('reads double-quoted, single-quoted, unquoted and bare attributes', () => {
    expect(startTags(`<a href="/x/" data-a='b' rel=next hidden>`)).toEqual([
      { name: 'a', attributes: { href: '/x/', 'data-a': 'b', rel: 'next', hidden: '' } },
    ]);
  });

  it('decodes entities in attribute values', () => {
    expect(startTags('<a href="/search/?q=a&amp;b=c">')[0]?.attributes['href']).toBe('/search/?q=a&b=c');
  });

  it('ignores tags inside comments, scripts and styles but keeps the script tag itself', () => {
    const tags = startTags(
      '<!-- <a href="/gone/"> --><script src="/s.js">document.write("<a href=/x/>")</script><style>a::after{content:"<b>"}</style><p>',
    );
    expect(tags.map((t) => t.name)).toEqual(['script', 'style', 'p']);
    expect(tags[0]?.attributes['src']).toBe('/s.js');
  });

  it('ignores what a template holds, which is not part of the page until a script uses it', () => {
    expect(
      startTags('<template id="t"><a href="/later/"></a></template><a href="/now/">').map(
        (t) => t.attributes['href'] ?? t.name,
      ),
    ).toEqual(['template', '/now/']);
  });

  it('keeps the first of two attributes with one name, as a browser does', () => {
    expect(startTags('<a href="/first/" href="/second/">')[0]?.attributes['href']).toBe('/first/');
  });

  it('reads an attribute value that holds a ">" or a quote of the other kind', () => {
    expect(startTags(`<a title="a > b" data-q='say "hi"' href="/x/">`)[0]?.attributes).toEqual({
      title: 'a > b',
      'data-q': 'say "hi"',
      href: '/x/',
    });
  });

  it('lowercases tag and attribute names', () => {
    expect(startTags('<A HREF="/x/">')).toEqual([{ name: 'a', attributes: { href: '/x/' } }]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references and leaves unknown ones', () => {
    expect(decodeEntities('&lt;&#39;&#x27;&amp;&unknown;')).toBe("<''&&unknown;");
  });
});

describe('fragmentTargets', () => {
  it('collects ids and the names of anchors', () => {
    expect([...fragmentTargets(startTags('<h2 id="scope"><a name="old-scope"></a><input name="q">'))]).toEqual([
      'scope',
      'old-scope',
    ]);
  });
});
