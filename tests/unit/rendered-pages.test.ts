import { afterEach, describe, expect, it } from 'vitest';
import type { APIContext } from 'astro';
import { onRequest } from '../../src/integrations/page-middleware.ts';
import { registerPageHandler, unregisterPageHandler } from '../../src/integrations/page-handlers.ts';

const context = (pathname: string) =>
  ({ url: new URL(`http://localhost${pathname}`), site: new URL('https://example.org') }) as unknown as APIContext;
const page =
  (html: string, type = 'text/html') =>
  async () =>
    new Response(html, { headers: { 'content-type': type } });

afterEach(() => {
  for (const name of ['a', 'b', 'c']) unregisterPageHandler(name);
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
