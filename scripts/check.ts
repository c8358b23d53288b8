/**
 * `npm run check`: checks all content without building the site (schemas,
 * references, template placeholders, safe MDX, internal links and anchors,
 * published URLs) and reports every problem at once, as
 * file:line:column  field  message  (hint). In GitHub Actions the same
 * problems also become annotations on the pull request. The build runs the
 * same check (src/integrations/validate-content.ts), so the two agree.
 * Entries whose review is past due are listed as warnings after it: they
 * never fail the check (src/lib/review.ts says when a review is due).
 */
import { readConfig } from '../src/lib/config.ts';
import { checkContent } from '../src/pipeline/checker/index.ts';
import { formatAnnotation, formatProblem, sortProblems } from '../src/pipeline/problems.ts';
import { overdueReviews } from '../src/lib/review.ts';
import { isPageEntry } from '../src/pipeline/validate.ts';
import { buildDay } from '../src/lib/identity.ts';

const { contentDir, cacheDir, publicDir } = readConfig();
// The same public/ the build copies (KF_PUBLIC_DIR), so the two check the same files.
const { entries, problems } = await checkContent(contentDir, { cacheDir, publicDir });
const sorted = sortProblems(problems);
const overdue = overdueReviews(entries.filter(isPageEntry), buildDay());
if (process.env['GITHUB_ACTIONS'] === 'true')
  for (const warning of overdue) console.log(formatAnnotation(warning).replace(/^::error /, '::warning '));
for (const warning of overdue) console.warn(`warning  ${formatProblem(warning)}`);
if (overdue.length > 0)
  console.warn(
    `\n${overdue.length} entr${overdue.length === 1 ? 'y is' : 'ies are'} past due for review (warnings, not failures).\n`,
  );
if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of sorted) console.log(formatAnnotation(problem));
for (const problem of sorted) console.error(formatProblem(problem));
if (sorted.length > 0) {
  console.error(
    `\n${sorted.length} problem${sorted.length === 1 ? '' : 's'} in content. Fix them and run npm run check again.`,
  );
  process.exit(1);
}
console.log(`Content is valid: ${entries.length} entries checked.`);
