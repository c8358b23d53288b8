/**
 * A problem found in content, located precisely enough for a contributor to
 * fix it without reading code: `content/examples/x.mdx:7:3  countries  … (hint)`.
 */
export interface Problem {
  /** Path relative to the project root, e.g. `content/examples/ppi4hpc.mdx`. */
  file: string;
  line: number;
  column: number;
  /** Dotted field path, e.g. `sources.0.url`; empty for whole-file problems. */
  field: string;
  message: string;
  /** How to fix it. */
  hint?: string;
}

/**
 * Messages quote what a contributor wrote; a line break or other control
 * character in it would split the report or forge a line of its own, so each
 * is shown as a visible escape: `a\rb` prints as `a\u000Db`.
 */
function visible(text: string): string {
  return text.replace(
    /[\0-\x1F\x7F-\x9F\u2028\u2029]/g,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** One line per problem, sorted by file and position. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const hint = p.hint ? `  (${p.hint})` : '';
  return visible(`${where}  ${p.field || '-'}  ${p.message}${hint}`);
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** GitHub Actions workflow command that annotates the pull request's diff. */
export function formatAnnotation(p: Problem): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const message = `${p.field ? `${p.field}: ` : ''}${p.message}${p.hint ? ` (${p.hint})` : ''}`;
  return `::error file=${property(p.file)},line=${p.line},col=${p.column},title=${property(p.field || 'content')}::${escape(message)}`;
}

/** The report printed by the build and `npm run check` when content is wrong. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  return [
    `Content has ${count}; nothing was built. Fix each line below (file:line:column  field  message  (hint)):`,
    '',
    ...sorted.map(formatProblem),
  ].join('\n');
}

/** Carries the report alone: a stack trace would only bury the lines a contributor needs. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(report: string) {
    super(report);
    this.stack = report;
  }
}
