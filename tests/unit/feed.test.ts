import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, newestItems, sitemap } from '../../src/lib/feed.ts';

const item = (title: string, updated: string) => ({
  title,
  summary: `${title} summary`,
  url: `https://x.org/${title}/`,
  updated,
  category: 'Guide',
});

describe('newestItems', () => {
  it('orders by date, newest first, and by title on equal dates', () => {
    expect(
      newestItems([item('b', '2024-01-01'), item('c', '2025-01-01'), item('a', '2024-01-01')]).map((i) => i.title),
    ).toEqual(['c', 'a', 'b']);
  });

  it('keeps at most the limit', () => {
    expect(newestItems([item('a', '2024-01-01'), item('b', '2024-01-02')], 1).map((i) => i.title)).toEqual(['b']);
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({
    title: 'KF & co',
    subtitle: 's',
    siteUrl: 'https://x.org/',
    feedUrl: 'https://x.org/feed.xml',
    items: [item('a', '2024-01-01'), { ...item('b', '2024-03-05'), change: 'Added a step.' }],
  });

  it('is updated as of its newest entry', () => {
    expect(xml).toContain('<updated>2024-03-05T00:00:00Z</updated>');
  });

  it('links to itself and escapes text', () => {
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://x.org/feed.xml"/>');
    expect(xml).toContain('<title>KF &amp; co</title>');
  });

  it('puts the change note before the summary of an updated entry', () => {
    expect(xml).toContain('<summary>Added a step. b summary</summary>');
  });

  it('lists entries newest first with their address as id', () => {
    expect(xml.indexOf('<id>https://x.org/b/</id>')).toBeLessThan(xml.indexOf('<id>https://x.org/a/</id>'));
  });
});

describe('sitemap', () => {
  it('lists sorted absolute URLs with last-modified days where known', () => {
    const xml = sitemap([{ url: 'https://x.org/b/' }, { url: 'https://x.org/a/', lastmod: '2024-01-02' }]);
    expect(xml.indexOf('https://x.org/a/')).toBeLessThan(xml.indexOf('https://x.org/b/'));
    expect(xml).toContain('<url><loc>https://x.org/a/</loc><lastmod>2024-01-02</lastmod></url>');
    expect(xml).toContain('<url><loc>https://x.org/b/</loc></url>');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('feeds whatever the title', () => {
  /**
   * Well-formed XML 1.0, as far as these files go: only characters XML allows,
   * every < opening a tag that closes in order, every & starting an entity.
   */
  function wellFormed(xml: string): boolean {
    if (/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u.test(xml)) return false;
    const entity = '&(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);';
    const attribute = `\\s+[\\w:.-]+="(?:[^"<&]|${entity})*"`;
    const token = new RegExp(`<\\?xml[^>]*\\?>|<(/?)([A-Za-z][\\w:.-]*)(?:${attribute})*\\s*(/?)>|${entity}|[<&]`, 'g');
    const open: string[] = [];
    for (const [match, closing, name, selfClosing] of xml.matchAll(token)) {
      if (match === '<' || match === '&') return false;
      if (name === undefined || selfClosing) continue;
      if (!closing) open.push(name);
      else if (open.pop() !== name) return false;
    }
    return open.length === 0;
  }

  it('recognises a feed that is not well-formed, so the test below can fail', () => {
    expect(wellFormed('<feed><title>a & b</title></feed>')).toBe(false);
    expect(wellFormed('<feed><title>a\u0007b</title></feed>')).toBe(false);
    expect(wellFormed('<feed><title>a</feed></title>')).toBe(false);
    expect(wellFormed('<?xml version="1.0"?><feed><link href="x"/><title>a &amp; b</title></feed>')).toBe(true);
  });

  it.each(['\u0000', '\u0007', '\u000b', '\u001b', '\uFFFE', '\uD800'])(
    'removes %j, which XML cannot carry even escaped',
    (char) => {
      expect(escapeXml(`a${char}b`)).toBe('ab');
    },
  );

  it('keeps tab, line feed and carriage return, which XML allows', () => {
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('stays well-formed with control characters and markup in every text', () => {
    const hostile = 'Evil\u0007 <title> & "quotes" \u0000\u001b]]>';
    const xml = atomFeed({
      title: hostile,
      subtitle: hostile,
      siteUrl: 'https://x.org/',
      feedUrl: 'https://x.org/feed.xml',
      items: [
        {
          title: hostile,
          summary: hostile,
          url: 'https://x.org/a/',
          updated: '2024-01-02',
          category: hostile,
          change: hostile,
        },
      ],
    });
    expect(wellFormed(xml)).toBe(true);
  });
});
