import { describe, expect, it } from 'vitest';
import { content, entriesOf, label, urlsIn } from './content.ts';

const sourced = [...entriesOf('guides'), ...entriesOf('examples'), ...entriesOf('segments')];

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

describe('sources', () => {
  it.each(sourced.map((entry) => [label(entry), entry] as const))('%s lists at least one source', (_name, entry) => {
    expect((entry.data['sources'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('every address in the content parses as an http(s) URL with a domain', () => {
    const bad = content.entries.flatMap((entry) => urlsIn(entry.data).filter(([, url]) => !isHttpUrl(url)).map(([path, url]) => `${entry.file} ${path}: ${String(url)}`));
    expect(bad).toEqual([]);
  });

  it('every example source carries the address a reader can check', () => {
    const missing = entriesOf('examples').flatMap((entry) =>
      (entry.data['sources'] as { title: string; url?: string }[]).filter((source) => !source.url).map((source) => `${label(entry)}: ${source.title}`),
    );
    expect(missing).toEqual([]);
  });

  it('recognises a non-web address as bad', () => {
    expect(isHttpUrl('ftp://example.org/file')).toBe(false);
    expect(isHttpUrl('www.iprocurenet.eu')).toBe(false);
    expect(isHttpUrl('https://www.iprocurenet.eu/project/jp/')).toBe(true);
  });
});
