/**
 * Every decision aid walked as a reader would, with JavaScript off: from its
 * start page, answer by answer (each a link), to each of its outcomes; the
 * outcome lists the answers given, "Change" goes back to the question, and
 * the browser's back button returns to the outcome. Driven by the content, so
 * a new aid or outcome is walked without a new test. Then the timeline page's
 * one script: a date turns day offsets into calendar dates.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateContent, isEntryOf } from '../../src/pipeline/validate.ts';
import { answerPaths, walk } from '../../src/lib/decisions/graph.ts';
import { schedule, addDays, formatDay } from '../../src/lib/timelines/schedule.ts';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { siteAddress, useBrowser } from './reader-support.ts';
import { tabPool } from '../support/browser.ts';

const { entries } = validateContent(join(process.cwd(), 'content'));
const aids = entries.filter((e) => isEntryOf(e, 'decisions')).filter((e) => !e.data.draft);
const timelines = entries.filter((e) => isEntryOf(e, 'timelines')).filter((e) => !e.data.draft);

/** For each outcome of an aid, the first path of answers (ids) that reaches it. */
const walks = aids.flatMap((aid) => {
  const first = new Map<string, string[]>();
  for (const path of answerPaths(aid.data)) {
    const step = walk(aid.data, path);
    if (step?.kind === 'outcome' && !first.has(step.id)) first.set(step.id, path);
  }
  return [...first].map(([outcome, path]) => ({ aid, outcome, path, name: `${aid.slug} → ${outcome}` }));
});

const browser = useBrowser();

/** The address a path of answers leads to: `/decisions/<aid>/y/<answer>/…/`. */
const stepAddress = (slug: string, answers: readonly string[]) =>
  siteAddress(`/decisions/${slug}/y/${answers.map((id) => `${id}/`).join('')}`);

/** Clicks a link and waits for the page it leads to, so a slow machine cannot read the old page. */
async function follow(page: Page, link: Locator, to: string): Promise<void> {
  await Promise.all([page.waitForURL(to), link.click()]);
}

/** One context without JavaScript for every walk: the site keeps nothing between pages, which the walks check. */
let noScript: Promise<BrowserContext> | undefined;
const noScriptContext = () => (noScript ??= browser().newContext({ javaScriptEnabled: false }));
/** Its tabs go from walk to walk (tabPool): a new tab costs a renderer process. */
const noScriptTabs = tabPool(noScriptContext);

// Each walk opens its own page and mostly waits on the browser, so the walks run side by side.
describe.concurrent('decision aids without JavaScript', () => {
  it('has aids to walk, and reaches every outcome of each', () => {
    expect(aids.length).toBeGreaterThanOrEqual(3);
    for (const aid of aids)
      expect(walks.filter((w) => w.aid === aid).map((w) => w.outcome)).toEqual(
        expect.arrayContaining(Object.keys(aid.data.outcomes)),
      );
  });

  it.each(walks)(
    'walks $name by following links, changes an answer and comes back',
    async ({ aid, outcome, path }) => {
      const context = await noScriptContext();
      await noScriptTabs.use(async (page) => {
        await page.goto(siteAddress(`/decisions/${aid.slug}/`));
        await follow(page, page.getByRole('link', { name: 'Start now' }), stepAddress(aid.slug, []));
        const asked: string[] = [];
        for (const [index, optionId] of path.entries()) {
          const step = walk(aid.data, path.slice(0, index));
          if (step?.kind !== 'question') throw new Error(`no question at step ${index}`);
          expect(await page.locator('h1').textContent()).toBe(step.question.text);
          asked.push(step.question.text);
          const option = step.question.options[optionId]!;
          const link = page
            .getByRole('list', { name: 'Answers' })
            .getByRole('link', { name: option.label, exact: true });
          await follow(page, link, stepAddress(aid.slug, path.slice(0, index + 1)));
        }
        const result = aid.data.outcomes[outcome]!;
        expect(await page.locator('h1').textContent()).toBe(result.title);
        // The answers given, each with a link back to its question.
        const answers = page.getByRole('region', { name: 'Your answers' });
        expect(await answers.locator('dt').allTextContents()).toEqual(asked);
        expect(await page.getByRole('region', { name: 'Sources' }).getByRole('listitem').count()).toBe(
          result.sources.length,
        );
        await follow(
          page,
          answers.getByRole('link', { name: `Change your answer to: ${asked[0]}` }),
          stepAddress(aid.slug, []),
        );
        expect(await page.locator('h1').textContent()).toBe(asked[0]);
        await page.goBack();
        expect(await page.locator('h1').textContent()).toBe(result.title);
        // Nothing kept on the reader's side.
        expect(await context.cookies()).toEqual([]);
        expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      });
      // About a dozen page loads each, several walks at once: room for a busy machine.
    },
    180_000,
  );
});

describe('a timeline page', () => {
  const timeline = timelines[0];

  it('turns day offsets into calendar dates from the date typed for each phase, in UTC', async () => {
    if (!timeline) throw new Error('no timeline to test');
    const phases = schedule(timeline.data);
    const context = await browser().newContext({ timezoneId: 'Pacific/Auckland' });
    const page = await context.newPage();
    await page.goto(siteAddress(`/timelines/${timeline.slug}/`));
    const input = page.getByLabel(`Phase 1: ${phases[0]!.from}`);
    await expect.poll(() => input.isVisible(), { timeout: 10_000 }).toBe(true);
    await input.fill('2027-03-26');
    const last = phases[0]!.steps.at(-1)!;
    const cell = page.locator(`[data-cal-phase="0"][data-day="${last.end}"]`);
    await expect.poll(() => cell.textContent(), { timeout: 10_000 }).toBe(formatDay(addDays('2027-03-26', last.end)!));
    await context.close();
  });

  it('shows the limits, chart and table without JavaScript, and keeps the date inputs out of sight', async () => {
    if (!timeline) throw new Error('no timeline to test');
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteAddress(`/timelines/${timeline.slug}/`));
    expect(await page.getByRole('table').count()).toBe(2);
    expect(await page.locator('.chart-bar').count()).toBe(schedule(timeline.data).flatMap((p) => p.steps).length);
    expect(await page.locator('input[type="date"]').first().isVisible()).toBe(false);
    await context.close();
  });
});
