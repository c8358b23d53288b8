/** Browser tests drive the same Chromium as the benchmark's search figures: see scripts/lib/browser.ts. */
export * from '../../scripts/lib/browser.ts';
