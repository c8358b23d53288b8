/**
 * `npm run check`: checks all content without building the site (schemas,
 * references, template placeholders, safe MDX, internal links and anchors,
 * published URLs) and reports every problem at once, as
 * file:line:column  field  message  (hint). In GitHub Actions the same
 * problems also become annotations on the pull request. The build runs the
 * same check (src/integrations/validate-content.ts), so the two agree.
 */
import { readConfig } from '../src/lib/config.ts';
import { checkContent } from '../src/pipeline/checker/index.ts';
import { formatAnnotation, formatProblem, sortProblems } from '../src/pipeline/problems.ts';

const { contentDir, cacheDir, publicDir } = readConfig();
// The same public/ the build copies (KF_PUBLIC_DIR), so the two check the same files.
const { entries, problems } = await checkContent(contentDir, { cacheDir, publicDir });
const sorted = sortProblems(problems);
if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of sorted) console.log(formatAnnotation(problem));
for (const problem of sorted) console.error(formatProblem(problem));
if (sorted.length > 0) {
  console.error(
    `\n${sorted.length} problem${sorted.length === 1 ? '' : 's'} in content. Fix them and run npm run check again.`,
  );
  process.exit(1);
}
console.log(`Content is valid: ${entries.length} entries checked.`);
