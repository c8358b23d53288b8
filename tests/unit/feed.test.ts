import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, newestItems, sitemap } from '../../src/lib/feed.ts';

const item = (title: string, updated: string) => ({ title, summary: `${title} summary`, url: `https://x.org/${title}/`, updated, category: 'Guide' });

describe('newestItems', () => {
  it('orders by date, newest first, and by title on equal dates', () => {
    expect(newestItems([item('b', '2024-01-01'), item('c', '2025-01-01'), item('a', '2024-01-01')]).map((i) => i.title)).toEqual(['c', 'a', 'b']);
  });

  it('keeps at most the limit', () => {
    expect(newestItems([item('a', '2024-01-01'), item('b', '2024-01-02')], 1).map((i) => i.title)).toEqual(['b']);
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({ title: 'KF & co', subtitle: 's', siteUrl: 'https://x.org/', feedUrl: 'https://x.org/feed.xml', items: [item('a', '2024-01-01'), { ...item('b', '2024-03-05'), change: 'Added a step.' }] });

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
