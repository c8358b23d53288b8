import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteAddress, useBrowser } from './reader-support.ts';

const url = siteAddress;

const browser = useBrowser();

const visibleItems = (page: Page) => page.locator('[data-filter-item]:visible');
const allItems = (page: Page) => page.locator('[data-filter-item]');

/** The first option of a filter that narrows the list, with how many items carry it. */
async function narrowingOption(page: Page, name: string): Promise<{ value: string; count: number }> {
  const values = await page
    .locator(`select[name="${name}"] option`)
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const total = await allItems(page).count();
  for (const value of values) {
    const count = await page.locator(`[data-filter-item][data-${name}~="${value}"]`).count();
    if (count > 0 && count < total) return { value, count };
  }
  throw new Error(`no ${name} value narrows the list`);
}

describe('examples filters with JavaScript', () => {
  it('narrow the list in place, say how many are shown, and put the choice in the address', async () => {
    const page = await browser().newPage();
    await page.goto(url('/examples/'));
    const total = await allItems(page).count();
    expect(total).toBeGreaterThan(1);
    const country = page.getByLabel('Country', { exact: true });
    await expect.poll(() => country.isVisible()).toBe(true);
    const { value, count } = await narrowingOption(page, 'country');
    await country.selectOption(value);
    await expect.poll(() => visibleItems(page).count()).toBe(count);
    expect(new URL(page.url()).searchParams.get('country')).toBe(value);
    expect(await page.getByRole('status').textContent()).toBe(`Showing ${count} of ${total} examples`);
    for (const attribute of await visibleItems(page).evaluateAll((items) =>
      items.map((i) => i.getAttribute('data-country') ?? ''),
    )) {
      expect(attribute.split(' ')).toContain(value);
    }
    await page.close();
  });

  it('open a shared filtered address already filtered, with the form showing the choice', async () => {
    const page = await browser().newPage();
    await page.goto(url('/examples/'));
    const { value, count } = await narrowingOption(page, 'status');
    await page.goto(url(`/examples/?status=${value}`));
    await expect.poll(() => visibleItems(page).count()).toBe(count);
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe(value);
    await page.close();
  });

  it('combine filters, and clearing them brings back the whole list and a plain address', async () => {
    const page = await browser().newPage();
    await page.goto(url('/examples/'));
    const total = await allItems(page).count();
    const { value } = await narrowingOption(page, 'country');
    await page.getByLabel('Country', { exact: true }).selectOption(value);
    const statuses = await page
      .locator('[data-filter-item]:visible')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-status') ?? ''));
    await page.getByLabel('Status', { exact: true }).selectOption(statuses[0]!);
    const expected = await page
      .locator(`[data-filter-item][data-country~="${value}"][data-status="${statuses[0]}"]`)
      .count();
    await expect.poll(() => visibleItems(page).count()).toBe(expected);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => visibleItems(page).count()).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('ignore a value this build does not have instead of showing nothing', async () => {
    const page = await browser().newPage();
    await page.goto(url('/examples/?country=XX'));
    const total = await allItems(page).count();
    await expect.poll(() => visibleItems(page).count()).toBe(total);
    await page.close();
  });
});

describe('examples list without JavaScript', () => {
  it('shows every example and no filter controls that could not work', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/examples/?country=FR'));
    const total = await allItems(page).count();
    expect(total).toBeGreaterThan(0);
    expect(await visibleItems(page).count()).toBe(total);
    expect(await page.locator('form[data-filter-form]').isVisible()).toBe(false);
    expect(await page.getByRole('status').textContent()).toBe(`Showing all ${total} examples`);
    await context.close();
  });
});

describe('toolbox', () => {
  it('filters guides by instrument and hides phases left empty', async () => {
    const page = await browser().newPage();
    await page.goto(url('/toolbox/'));
    const instrument = page.getByLabel('Instrument', { exact: true });
    await expect.poll(() => instrument.isVisible()).toBe(true);
    const { value, count } = await narrowingOption(page, 'instrument');
    await instrument.selectOption(value);
    await expect.poll(() => visibleItems(page).count()).toBe(count);
    const emptyPhasesShown = await page
      .locator('[data-filter-group]:visible')
      .evaluateAll(
        (groups) => groups.filter((g) => g.querySelectorAll('[data-filter-item]:not([hidden])').length === 0).length,
      );
    expect(emptyPhasesShown).toBe(0);
    expect(new URL(page.url()).searchParams.get('instrument')).toBe(value);
    await page.close();
  });

  it('lists guides by instrument in sections a reader can reach without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/toolbox/'));
    const sections = page.locator('section[aria-labelledby="by-instrument"] h3[id^="instrument-"]');
    expect(await sections.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-filter-item]:visible').count()).toBe(
      await page.locator('[data-filter-item]').count(),
    );
    await context.close();
  });
});
