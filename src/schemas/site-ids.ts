/**
 * Ids the site's own layouts and components give elements of a page. A
 * heading of a body, or an anchor alias (`anchors:`), that took one (`## Sources` → `#sources`) would make two
 * elements with one id: the skip link, the table of contents or the sources
 * list would jump to the body's heading instead. Kept in step with
 * src/layouts and src/components by tests/unit/site-ids.test.ts, which reads
 * every literal `id="…"` there.
 */
export const SITE_IDS: ReadonlySet<string> = new Set([
  'chart-caption',
  'chart-desc',
  'chart-title',
  'contact-us',
  'covered-in-training',
  'data-controller',
  'funding',
  'journey-title',
  'legal-notice',
  'main',
  'map-caption',
  'map-title',
  'print',
  'read-next',
  'site-search-q',
  'sources',
  'templates-for-this-step',
  'toc-title',
  'tools',
  'updates',
  'who-runs-this-site',
  'your-answers',
]);
