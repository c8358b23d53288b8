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

/** Every error (not warning or info) vnu finds in `files`, with paths relative to `root`. */
export function vnuErrors(files: readonly string[], root: string): VnuMessage[] {
  if (files.length === 0) return [];
  const run = spawnSync('java', ['-jar', vnuJar(), '--errors-only', '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
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
