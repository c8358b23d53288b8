import { afterEach, describe, expect, it } from 'vitest';
import type { APIContext } from 'astro';
import { onRequest } from '../../src/integrations/page-middleware.ts';
import {
  registerPageHandler,
  showWrittenPage,
  startShowingPages,
  unregisterPageHandler,
  wasRendered,
  wasShown,
} from '../../src/integrations/page-handlers.ts';
import { writtenPageFile } from '../../src/integrations/rendered-pages.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const context = (pathname: string) =>
  ({ url: new URL(`http://localhost${pathname}`), site: new URL('https://example.org') }) as unknown as APIContext;
const page =
  (html: string, type = 'text/html') =>
  async () =>
    new Response(html, { headers: { 'content-type': type } });

afterEach(() => {
  for (const name of ['a', 'b', 'c']) unregisterPageHandler(name);
  startShowingPages({ whenDone: false });
});

describe('the rendered-pages middleware', () => {
  it('applies every transform, in order, before any handler sees the page, and writes what they made', async () => {
    const seen: string[] = [];
    registerPageHandler('a', { transform: ({ html }) => html.replace('x', 'y') });
    registerPageHandler('b', {
      observe: ({ pathname, canonical, html }) => void seen.push(`${pathname} ${canonical} ${html}`),
    });
    registerPageHandler('c', { transform: ({ html }) => `${html}!` });
    const response = (await onRequest(context('/kf/toolbox/pcp/'), page('<p>x</p>'))) as Response;
    expect(await response.text()).toBe('<p>y</p>!');
    expect(seen).toEqual(['/kf/toolbox/pcp/ https://example.org/kf/toolbox/pcp/ <p>y</p>!']);
  });

  it('waits for a handler before the page is written', async () => {
    let done = false;
    registerPageHandler('a', {
      observe: () => new Promise<void>((resolve) => setTimeout(() => resolve(void (done = true)), 20)),
    });
    await onRequest(context('/'), page('<p>x</p>'));
    expect(done).toBe(true);
  });

  it('leaves other responses alone, and every page once the build has unregistered its handlers', async () => {
    const seen: string[] = [];
    registerPageHandler('a', { observe: ({ pathname }) => void seen.push(pathname) });
    const feed = (await onRequest(context('/feed.xml'), page('<rss/>', 'application/xml'))) as Response;
    expect(await feed.text()).toBe('<rss/>');
    unregisterPageHandler('a');
    await onRequest(context('/'), page('<p>x</p>'));
    expect(seen).toEqual([]);
  });
});

describe('pages copied from the incremental cache', () => {
  it('with a warm cache, transforms each page as rendered but shows it to no handler until the build is done', async () => {
    const seen: string[] = [];
    registerPageHandler('a', { transform: ({ html }) => `${html}!`, observe: ({ html }) => void seen.push(html) });
    startShowingPages({ whenDone: true });
    const response = (await onRequest(context('/kf/toolbox/pcp/'), page('<p>x</p>'))) as Response;
    expect(await response.text()).toBe('<p>x</p>!');
    expect(seen).toEqual([]);
    expect(wasRendered('/kf/toolbox/pcp/')).toBe(true);
    expect(wasShown('/kf/toolbox/pcp/')).toBe(false);
    await showWrittenPage({
      pathname: '/kf/toolbox/pcp/',
      canonical: 'https://example.org/kf/toolbox/pcp/',
      html: 'y',
    });
    expect(seen).toEqual(['y']);
    expect(wasShown('/kf/toolbox/pcp')).toBe(true);
  });

  it('forgets the pages of the last build when the next starts', async () => {
    registerPageHandler('a', { observe: () => undefined });
    await showWrittenPage({ pathname: '/a/', canonical: 'https://example.org/a/', html: '' });
    await onRequest(context('/b/'), page('<p>b</p>'));
    expect([wasShown('/a/'), wasRendered('/b/')]).toEqual([true, true]);
    startShowingPages({ whenDone: false });
    expect([wasShown('/a/'), wasRendered('/b/')]).toEqual([false, false]);
  });

  it('finds the file Astro wrote for a listed page, directory or file form, and nothing for a page it did not write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kf-written-'));
    mkdirSync(join(dir, 'toolbox/pcp'), { recursive: true });
    writeFileSync(join(dir, 'toolbox/pcp/index.html'), '');
    writeFileSync(join(dir, '404.html'), '');
    expect(writtenPageFile(dir, 'toolbox/pcp/')).toBe(join(dir, 'toolbox/pcp/index.html'));
    expect(writtenPageFile(dir, '404/')).toBe(join(dir, '404.html'));
    expect(writtenPageFile(dir, 'feed/')).toBeUndefined();
  });
});
