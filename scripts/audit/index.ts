/**
 * `npm run audit`: the whole-site audits on an existing build, without a browser:
 * internal links and fragments, HTML validity (html-validate and the W3C Nu
 * checker, which needs Java), page-weight budgets and the Content-Security-Policy. Reads KF_OUT_DIR, KF_BASE and KF_SITE like the build.
 *
 *   npm run build && npm run audit
 *   KF_BASE=/knowledge-factory/ npm run build && KF_BASE=/knowledge-factory/ npm run audit
 *
 * The browser audits (axe-core, requests, CSP violations) run in `npm test`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { readConfig } from '../../src/lib/config.ts';
import { readBuild } from '../lib/audit/build-files.ts';
import { checkLinks, formatBrokenLinks } from '../lib/audit/links.ts';
import { formatOverBudget, heaviestPages, overBudget, weighPage } from '../lib/audit/budgets.ts';
import { cspProblems, metaCsp } from '../lib/audit/csp.ts';
import { startTags } from '../lib/audit/html.ts';
import { vnuErrors } from '../lib/audit/vnu.ts';

const config = readConfig();
const dir = config.outDir;
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run npm run build first (or set KF_OUT_DIR).`);
  process.exit(1);
}
const site = readBuild(dir, config.base);
const html = new Map([...site.pages.keys()].map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
let failed = false;
const report = (title: string, problems: string) => {
  console.log(`${problems === '' ? '✓' : '✗'} ${title}`);
  if (problems !== '') {
    console.log(`${problems.replace(/^/gm, '    ')}\n`);
    failed = true;
  }
};

report(
  `internal links and fragments in ${site.pages.size} pages`,
  formatBrokenLinks(checkLinks(site.pages, site.files, config.base, config.site)),
);

const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
const htmlErrors: string[] = [];
for (const [file, source] of html) {
  const result = await validator.validateString(source, file);
  if (!result.valid) htmlErrors.push(formatterFactory('text')(result.results).trim());
}
report('HTML validity (html-validate, .htmlvalidate.json)', htmlErrors.join('\n'));
report(
  'HTML validity (W3C Nu Html Checker)',
  vnuErrors(
    [...html.keys()].map((file) => join(dir, file)),
    dir,
  )
    .map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`)
    .join('\n'),
);

const assets = {
  read: (path: string) =>
    path.startsWith(config.base) && existsSync(join(dir, path.slice(config.base.length)))
      ? readFileSync(join(dir, path.slice(config.base.length)), 'utf8')
      : undefined,
};
const weights = [...html].map(([file, source]) => weighPage(source, site.pages.get(file)?.url ?? file, assets));
const over = overBudget(weights, config.base);
report('page weight budgets (gzip)', over.length === 0 ? '' : formatOverBudget(over));
console.log(`  heaviest pages:\n${heaviestPages(weights, 5).replace(/^/gm, '    ')}`);

const searchPage = `${config.base}search/`;
const csp = [...html].flatMap(([file, source]) => {
  const url = site.pages.get(file)?.url ?? file;
  const policy = metaCsp(startTags(source));
  return policy === undefined
    ? [`${url}: no Content-Security-Policy`]
    : cspProblems(policy, { allowWasm: url === searchPage }).map((p) => `${url}: ${p}`);
});
report('Content-Security-Policy allows nothing but the site', csp.join('\n'));

process.exit(failed ? 1 : 0);
