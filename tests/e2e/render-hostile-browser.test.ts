/**
 * No hostile fixture can run script or leave the page, even with the site's
 * security policy stripped by a host: each fixture is rendered (all the
 * allow-list keeps, though the build would refuse the file) into a page
 * without any CSP, loaded in Chromium from a test origin, with every element
 * hovered, focused and its animations run. Nothing may open a dialog, set a
 * marker, navigate, or ask for anything but the page itself; every link must
 * resolve, by the browser's own parsing, to an allowed scheme.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { renderAllowed } from '../../src/pipeline/render/index.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures/render/hostile');
const ORIGIN = 'http://kf-render.test';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Each fixture has its own context and mostly waits on the browser (a hover that cannot land waits out its
// second), so the fixtures run side by side.
describe.concurrent('hostile fixtures in a browser, without any CSP', () => {
  for (const fixture of readdirSync(FIXTURES).sort()) {
    it(`${fixture} runs nothing and goes nowhere`, async () => {
      const { html } = renderAllowed(readFileSync(join(FIXTURES, fixture), 'utf8'), {
        base: '/',
        glossary: glossaryMatcher([]),
      });
      const pageUrl = `${ORIGIN}/fixture/`;
      const markup = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title></head><body><main>${html}</main><script>window.__ours = true</script></body></html>`;
      const context = await browser.newContext({ javaScriptEnabled: true });
      const page = await context.newPage();
      const requests: string[] = [];
      const dialogs: string[] = [];
      const navigations: string[] = [];
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.request().url() === pageUrl
          ? route.fulfill({ status: 200, contentType: 'text/html', body: markup })
          : route.abort();
      });
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('framenavigated', (frame) => navigations.push(frame.url()));
      await page.goto(pageUrl);
      for (const handle of await page.$$('main *')) {
        await handle.hover({ force: true, timeout: 1000 }).catch(() => {});
        await handle.focus().catch(() => {});
      }
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        ours: (window as unknown as { __ours?: boolean }).__ours === true,
        scripts: document.querySelectorAll(
          'main script, main iframe, main object, main embed, main meta, main base, main form, main style, main link',
        ).length,
        handlers: [...document.querySelectorAll('main *')].flatMap((element) =>
          element.getAttributeNames().filter((name) => /^on/i.test(name) || name.includes(':')),
        ),
        protocols: [
          ...document.querySelectorAll<HTMLAnchorElement | HTMLImageElement | HTMLQuoteElement>(
            'main a[href], main img[src], main q[cite]',
          ),
        ].map(
          (element) =>
            new URL('href' in element ? element.href : 'src' in element ? element.src : element.cite).protocol,
        ),
        location: location.href,
      }));
      await context.close();
      expect(state.ours, 'the page’s own script ran, so a fixture’s would have').toBe(true);
      expect(dialogs).toEqual([]);
      expect(state.scripts).toBe(0);
      expect(state.handlers).toEqual([]);
      for (const protocol of state.protocols) expect(['http:', 'https:', 'mailto:', 'tel:']).toContain(protocol);
      expect(state.location).toBe(pageUrl);
      expect(navigations.filter((url) => url !== pageUrl)).toEqual([]);
      expect(requests).toEqual([pageUrl]);
    });
  }
});
