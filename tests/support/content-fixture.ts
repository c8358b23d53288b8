/**
 * A throwaway copy of the valid model fixture that a test may break in one
 * place, so each test shows exactly one rule failing.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_CONTENT = join(process.cwd(), 'tests/fixtures/model/valid');

export function copyValidContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kf-content-'));
  cpSync(VALID_CONTENT, dir, { recursive: true });
  return dir;
}

/** Replaces `from` by `to` in one file of a content copy; throws if `from` is absent, so a test cannot break nothing. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit found nothing to replace in ${file}`);
  writeFileSync(path, changed);
}

export function write(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, file), text);
}
