import { describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { firstEntry, siteAddress, useBrowser } from './reader-support.ts';
import { RESERVED_GUIDE_SLUGS } from '../../src/lib/toolbox-sections.ts';
import { scaled } from '../support/time-limits.ts';

const guide = firstEntry(inject('siteDir'), 'toolbox');
const url = siteAddress;

/** Relative luminance of a CSS rgb() colour, per WCAG. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const browser = useBrowser();

describe('themes', () => {
  it('follows a dark system theme with light text on a dark background, at AA contrast', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(url('/'));
    const { background, text, link } = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.body).color,
      link: getComputedStyle(document.querySelector('main a')!).color,
    }));
    expect(luminance(background)).toBeLessThan(0.05);
    expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(background, link)).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });

  it('uses dark text on a light background in the light theme', async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(url('/'));
    const { background, text } = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
    expect(luminance(background)).toBeGreaterThan(0.9);
    expect(contrast(background, text)).toBeGreaterThanOrEqual(7);
    await context.close();
  });
});

describe('a guide printed as a handout', () => {
  it('leaves out navigation, search and feedback, and prints where links go', async () => {
    expect(guide).toBeDefined();
    const page = await browser().newPage();
    await page.goto(url(guide!));
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.breadcrumbs', '.toc', '.feedback'].map((selector) => {
        const element = document.querySelector(selector);
        return element === null || getComputedStyle(element).display === 'none';
      }),
    );
    expect(hidden).toEqual([true, true, true, true, true]);
    const after = await page.evaluate(() => {
      const link =
        document.querySelector<HTMLAnchorElement>('#sources a[href^="http"]') ??
        document.querySelector<HTMLAnchorElement>('main a[href^="/"]');
      return link ? { content: getComputedStyle(link, '::after').content, href: link.getAttribute('href') } : undefined;
    });
    expect(after).toBeDefined();
    expect(after!.content).toContain(after!.href);
    // Site paths print as absolute addresses, with the origin the page carries in <html data-site>.
    const internal = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('main a[href^="/"]');
      return link
        ? {
            content: getComputedStyle(link, '::after').content,
            href: link.getAttribute('href'),
            origin: document.documentElement.dataset['site'],
          }
        : undefined;
    });
    expect(internal).toBeDefined();
    expect(internal!.origin).toMatch(/^https?:\/\/[^/]+$/);
    expect(internal!.content).toContain(`${internal!.origin}${internal!.href}`);
    const head = await page.evaluate(() => {
      const line = document.querySelector('.print-head');
      return line ? { shown: getComputedStyle(line).display !== 'none', text: line.textContent } : undefined;
    });
    expect(head?.shown).toBe(true);
    expect(head?.text).toContain('iProcureNet Knowledge Factory');
    expect(head?.text).toContain(
      await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href),
    );
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('shows the navigation again on screen, and hides the print-only address line', async () => {
    const page = await browser().newPage();
    await page.goto(url(guide!));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    expect(await page.locator('.print-head').isVisible()).toBe(false);
    await page.close();
  });
});

describe('keyboard use', () => {
  it('reaches the skip link first, shows it, and moves focus to the main content', async () => {
    const page = await browser().newPage();
    await page.goto(url(guide!));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      top: document.activeElement?.getBoundingClientRect().top ?? -1,
    }));
    expect(focused.text).toBe('Skip to main content');
    expect(focused.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('draws a visible focus outline on links', async () => {
    const page = await browser().newPage();
    await page.goto(url('/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('glossary acronyms on content pages', () => {
  it(
    'are expanded with abbr on their first use only',
    async () => {
      const guides = readdirSync(join(inject('siteDir'), 'toolbox'))
        .filter((name) => !name.includes('.') && !RESERVED_GUIDE_SLUGS.includes(name))
        .map((name) => `/toolbox/${name}/`);
      const page = await browser().newPage();
      let marked = 0;
      for (const path of guides) {
        await page.goto(url(path));
        const abbrs = await page.locator('main abbr[title]').evaluateAll((all) => all.map((a) => a.textContent ?? ''));
        expect(new Set(abbrs).size, `an acronym is marked twice on ${path}`).toBe(abbrs.length);
        marked += abbrs.length;
      }
      expect(marked).toBeGreaterThan(0);
      await page.close();
    },
    scaled(60_000),
  );
});
