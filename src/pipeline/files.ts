/**
 * Lists the files of a folder without ever following a symbolic link. A link in
 * content/ or public/ could publish any file the build user can read (a key, a
 * file of another repository), so each one is a problem on its own path, and
 * nothing behind it is read.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problems.ts';

export interface FileTree {
  /** Regular files, as absolute paths, sorted. */
  files: string[];
  /** One problem per symbolic link found, never followed, and per folder that could not be read. */
  problems: Problem[];
}

/**
 * Every regular file under `dir`, walking folders by their own entries
 * (`lstat` semantics), so a link to a folder is reported, not entered.
 * A missing folder is an empty tree: not every project has public/. A folder
 * that exists but cannot be read is a problem: its files would be lost in silence.
 */
export function walkFiles(dir: string, root: string): FileTree {
  const files: string[] = [];
  const problems: Problem[] = [];
  const visit = (folder: string) => {
    let dirents;
    try {
      dirents = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if (!isMissing(error)) problems.push(unreadableProblem(folder, root, error));
      return;
    }
    for (const dirent of dirents) {
      const path = join(folder, dirent.name);
      if (dirent.isSymbolicLink()) problems.push(symlinkProblem(path, root));
      else if (dirent.isDirectory()) visit(path);
      else if (dirent.isFile()) files.push(path);
    }
  };
  visit(dir);
  files.sort();
  return { files, problems };
}

/** True for the error of a file or folder that does not exist, which callers may read as empty. */
export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** `content/guides:1:1  -  could not be read (EACCES: permission denied…)` */
function unreadableProblem(path: string, root: string, error: unknown): Problem {
  return {
    file: relative(root, path).split(sep).join('/') || '.',
    line: 1,
    column: 1,
    field: '',
    message: `could not be read (${error instanceof Error ? error.message : String(error)}), so none of its files was checked`,
    hint: 'give the user who builds the site read access to the folder, or remove it',
  };
}

/** `content/pages/x.mdx:1:1  -  is a symbolic link…` */
export function symlinkProblem(path: string, root: string): Problem {
  return {
    file: relative(root, path).split(sep).join('/'),
    line: 1,
    column: 1,
    field: '',
    message:
      'is a symbolic link; links are never followed, because one could publish a file from outside the repository',
    hint: 'replace the link by the file itself, or remove it',
  };
}
