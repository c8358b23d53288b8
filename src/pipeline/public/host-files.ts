/**
 * The host's own files in public/: `_headers` (response headers on Netlify
 * and Cloudflare Pages), `_redirects` and `CNAME` (the domain on GitHub
 * Pages). One wrong line in them drops the site's security policy or sends
 * every address to another site, so the check holds them to the site's policy
 * (src/lib/security-policy.ts), and .github/CODEOWNERS gives them to the
 * maintainers.
 */
import type { Problem } from '../problems.ts';
import {
  CONTRIBUTOR_FILE_POLICY,
  HEADER_SOURCES,
  PER_PAGE_DIRECTIVES,
  parsePolicy,
  requiredHeaderDirectives,
} from '../../lib/security-policy.ts';
import { parseHeaders, ruleMatches, type HeaderRule } from './headers-file.ts';

/** Files at the root of public/ that the host reads, not the reader. */
export const HOST_FILES: ReadonlySet<string> = new Set(['_headers', '_redirects', 'CNAME']);

type At = Omit<Problem, 'message'>;

const HEADERS_HINT = 'restore the line from git history; README.md ("Headers") explains each directive';

/** Problems of one host file, by name. */
export function hostFileProblems(name: string, text: string, at: At, contributorFolders: readonly string[]): Problem[] {
  if (name === '_headers') return headersProblems(text, at, contributorFolders);
  if (name === '_redirects') return redirectsProblems(text, at);
  return cnameProblems(text, at);
}

function policyOf(rule: HeaderRule | undefined): string | undefined {
  return rule?.headers.find(([header]) => header === 'content-security-policy')?.[1];
}

/**
 * The site-wide block (`/*`) and one block per contributor folder, each with its policy. Paths are written from
 * the site root and the build puts the base path in front of each (headers-file.ts), so these rules protect the
 * site under any base path; a path that does not start with / is matched by no host, under any base.
 */
export function headersProblems(text: string, at: At, contributorFolders: readonly string[]): Problem[] {
  const rules = parseHeaders(text);
  const problems: Problem[] = rules
    .filter((rule) => !rule.path.startsWith('/'))
    .map((rule) => ({
      ...at,
      line: rule.line,
      message: `the rule "${rule.path}" is not a path from the site root, so no host would send its headers`,
      hint: 'write it from the site root, starting with / (/* or /images/*); the build puts the base path (KF_BASE) in front',
    }));
  const site = rules.find((rule) => rule.path === '/*');
  const where = { ...at, line: site?.line ?? 1 };
  const policy = policyOf(site);
  if (!site || policy === undefined) {
    problems.push({
      ...where,
      message: 'has no Content-Security-Policy for every address (a "/*" block with the header)',
      hint: HEADERS_HINT,
    });
  } else {
    const directives = parsePolicy(policy);
    const written = new Map(directives.map(([name = '', ...sources]) => [name, sources.join(' ')]));
    for (const required of requiredHeaderDirectives()) {
      const [name = '', ...sources] = required.split(/\s+/);
      if (written.get(name) !== sources.join(' '))
        problems.push({
          ...where,
          message: `the Content-Security-Policy for /* must say "${required}" (as the page policy of astro.config.mjs does), not ${written.has(name) ? `"${name} ${written.get(name)}"` : 'nothing'}`,
          hint: HEADERS_HINT,
        });
    }
    for (const [name = '', ...sources] of directives) {
      if (PER_PAGE_DIRECTIVES.has(name))
        problems.push({
          ...where,
          message: `the Content-Security-Policy for /* sets ${name}, which would block every page's own hashed scripts and styles`,
          hint: `remove ${name}: each page's <meta> policy sets it with its hashes`,
        });
      for (const source of sources)
        if (!HEADER_SOURCES.has(source))
          problems.push({
            ...where,
            message: `the Content-Security-Policy for /* allows ${name} ${source}; the site loads nothing from elsewhere`,
            hint: `allow only ${[...HEADER_SOURCES].join(', ')}`,
          });
    }
  }
  const nosniff = site?.headers.find(([header]) => header === 'x-content-type-options')?.[1];
  if (nosniff?.toLowerCase() !== 'nosniff')
    problems.push({
      ...where,
      message: 'the /* block must send "X-Content-Type-Options: nosniff", so no file is read as another type',
      hint: HEADERS_HINT,
    });
  const sandbox = parsePolicy(CONTRIBUTOR_FILE_POLICY);
  for (const folder of contributorFolders) {
    // `/knowledge-factory/images/*`: the folder's block written with a base path, which the build adds itself.
    const rule = rules.find((r) => r.path === `/${folder}/*`);
    const prefixed = rule ? undefined : rules.find((r) => r.path.endsWith(`/${folder}/*`));
    // Every policy a file of the folder is sent is enforced: the sandbox may come from any rule that covers it.
    const covering = rules.filter((r) => ruleMatches(r, `/${folder}/file`));
    const own = covering.flatMap((r) => parsePolicy(policyOf(r) ?? '').map((parts) => parts.join(' ')));
    const missing = sandbox.map((parts) => parts.join(' ')).filter((directive) => !own.includes(directive));
    if (missing.length > 0)
      problems.push({
        ...at,
        line: (rule ?? prefixed)?.line ?? 1,
        message: `files in /${folder}/ come from contributors and must be served with "Content-Security-Policy: ${CONTRIBUTOR_FILE_POLICY}" (missing: ${missing.join('; ')})`,
        hint: prefixed
          ? `write the block as "/${folder}/*", from the site root: the build puts the base path (KF_BASE) in front of every path, so "${prefixed.path}" would never match`
          : `add a block "/${folder}/*" with that header, so a file opened on its own cannot run script`,
      });
  }
  return problems;
}

/** Every redirect stays on the site: `from to [status]`, where `to` is a path of this site. */
export function redirectsProblems(text: string, at: At): Problem[] {
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === '' || fields[0]?.startsWith('#')) return;
    const [, to = ''] = fields;
    if (!/^\/(?!\/)/.test(to) || to.includes('\\'))
      problems.push({
        ...at,
        line: index + 1,
        column: line.indexOf(to) + 1 || 1,
        message: `redirects to "${to}", which is not a path of this site; _redirects may never send readers elsewhere`,
        hint: 'write the new address as a site path such as /toolbox/new-name/, or use redirectFrom in the page that moved',
      });
  });
  return problems;
}

/** GitHub Pages reads one domain name from CNAME. */
function cnameProblems(text: string, at: At): Problem[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.length === 1 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(lines[0]?.trim() ?? '')
    ? []
    : [{ ...at, message: 'must hold one domain name and nothing else', hint: 'write the domain, e.g. knowledge.example.eu' }];
}
