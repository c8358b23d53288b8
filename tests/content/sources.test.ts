import { describe, expect, it } from 'vitest';
import { content, entriesOf, label, urlsIn } from './content.ts';
import { isHttpUrl, mirrorHost, uncheckableSource } from './editorial.ts';

/** The collections that state facts about the world, as opposed to pages about the site itself. */
const FACTUAL = ['guides', 'examples', 'segments', 'events'] as const;
const factual = FACTUAL.flatMap((collection) => entriesOf(collection)).filter((entry) => !entry.data.draft);


describe('sources', () => {
  it('covers every factual collection', () => {
    for (const collection of FACTUAL) expect(entriesOf(collection).length, `no ${collection} to check`).toBeGreaterThan(0);
  });

  it.each(factual.map((entry) => [label(entry), entry] as const))('%s lists at least one source', (_name, entry) => {
    expect(entry.data.sources.length).toBeGreaterThan(0);
  });

  it('lets a reader check every source: a web address, or for a document without one its publisher and date', () => {
    // Decision aids and timelines cite sources per outcome and per limit, not at the top.
    const bad = content.entries.flatMap((entry) =>
      ('sources' in entry.data ? entry.data.sources : []).flatMap((source, i) => {
        const why = uncheckableSource(source);
        return why ? [`${entry.file} sources.${i} (${String(source.title)}): ${why}`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('every address in the content parses as an http(s) URL with a domain', () => {
    const bad = content.entries.flatMap((entry) => urlsIn(entry.data).filter(([, url]) => !isHttpUrl(url)).map(([path, url]) => `${entry.file} ${path}: ${String(url)}`));
    expect(bad).toEqual([]);
  });

  it('every example source carries the address a reader can check', () => {
    const missing = entriesOf('examples').flatMap((entry) => entry.data.sources.filter((source) => !source.url).map((source) => `${label(entry)}: ${String(source.title)}`));
    expect(missing).toEqual([]);
  });

  it('recognises addresses and sources a reader cannot follow', () => {
    expect(isHttpUrl('ftp://example.org/file')).toBe(false);
    expect(isHttpUrl('www.iprocurenet.eu')).toBe(false);
    expect(isHttpUrl('https://www.iprocurenet.eu/project/jp/')).toBe(true);
    expect(uncheckableSource({ title: 'A page', url: 'https://www.iprocurenet.eu/project/jp/' })).toBeUndefined();
    expect(uncheckableSource({ title: 'Key findings', publisher: 'iProcureNet consortium', date: '2023-10' })).toBeUndefined();
    expect(uncheckableSource({ title: 'A rumour' })).toMatch(/no publisher/);
    expect(uncheckableSource({ title: 'A report', publisher: 'Someone' })).toMatch(/no date/);
    expect(uncheckableSource({ title: 'A page', url: 'iprocurenet.eu' })).toMatch(/not an http/);
  });

  it('cites no mirror, copy site or national transposition, in any collection: official addresses only', () => {
    const bad = content.entries.flatMap((entry) =>
      urlsIn(entry.data).flatMap(([path, url]) => {
        const host = mirrorHost(url);
        return host ? [`${entry.file} ${path}: ${String(url)} (${host}; cite the official address)`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('recognises a mirror host and its subdomains, and nothing else', () => {
    expect(mirrorHost('https://eubusinessmgr.24livehost.com/health/joint-purchasing')).toBe('24livehost.com');
    expect(mirrorHost('https://www.einpresswire.com/article/1')).toBe('einpresswire.com');
    expect(mirrorHost('https://paperzz.com/doc/1')).toBe('paperzz.com');
    expect(mirrorHost('https://eur-lex.europa.eu/eli/dir/2014/24/oj')).toBeUndefined();
    expect(mirrorHost('https://notpaperzz.com/doc/1')).toBeUndefined();
    expect(mirrorHost('not a url')).toBeUndefined();
  });
});

