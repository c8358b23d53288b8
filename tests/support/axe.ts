/**
 * Runs axe-core in a page the site's Content-Security-Policy protects. The
 * policy blocks injected <script> tags, so axe's source is evaluated through
 * the DevTools protocol (page.evaluate), which the page's CSP does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0/2.1 A and AA, and WCAG 2.2 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string | undefined }[];
}

export interface AxeOutcome {
  violations: AxeViolation[];
  passes: number;
}

export async function runAxe(page: Page): Promise<AxeOutcome> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> };
      }
    ).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
      passes: results.passes.length,
    };
  }, AXE_TAGS);
}

/** `/toolbox/: color-contrast (serious) Elements must meet minimum color contrast ratio thresholds at .card > a, …`. */
export function formatViolations(url: string, violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${url}: ${v.id} (${v.impact ?? 'n/a'}) ${v.help} at ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 5 ? `, … (${v.nodes.length} elements)` : ''}`,
    )
    .join('\n');
}
