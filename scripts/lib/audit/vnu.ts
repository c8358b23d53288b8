/**
 * The W3C Nu Html Checker (vnu-jar from npm) over a set of HTML files, in one
 * Java run: it parses as browsers do, so it catches what html-validate does not
 * (a script after </html> is a fatal error to it and passes html-validate).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';

export interface VnuMessage {
  file: string;
  line?: number;
  message: string;
}

interface VnuReport {
  messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string }[];
}

/** The checker's jar, as the vnu-jar package exports it. */
export function vnuJar(): string {
  return String(createRequire(import.meta.url)('vnu-jar'));
}

/**
 * A run over the whole site is short, so Java's quick compiler alone does it in about half the CPU time of the
 * default two (6-7 s instead of 12 s for 146 pages, the same report). Its frames are larger: the schema's
 * deep recursion then needs a bigger stack than vnu's documented 512 KiB.
 */
const JAVA_OPTIONS = ['-XX:TieredStopAtLevel=1', '-Xss16m'];

/** Every error (not warning or info) vnu finds in `files`, with paths relative to `root`. */
export function vnuErrors(files: readonly string[], root: string): VnuMessage[] {
  if (files.length === 0) return [];
  const run = spawnSync(
    'java',
    [...JAVA_OPTIONS, '-jar', vnuJar(), '--errors-only', '--format', 'json', '--stdout', ...files],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error)
    throw new Error(
      `Could not run java for the Nu checker (.ci/run installs default-jre-headless): ${run.error.message}`,
    );
  if (!run.stdout.trim().startsWith('{'))
    throw new Error(`The Nu checker did not report:\n${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(run.stdout) as VnuReport;
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => ({
      file: m.url ? relative(root, decodeURIComponent(new URL(m.url).pathname)) : '?',
      ...(m.lastLine ? { line: m.lastLine } : {}),
      message: m.message,
    }));
}
