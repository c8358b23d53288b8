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
  /** One problem per symbolic link found, never followed. */
  problems: Problem[];
}

/**
 * Every regular file under `dir`, walking folders by their own entries
 * (`lstat` semantics), so a link to a folder is reported, not entered.
 * A missing folder is an empty tree: not every project has public/.
 */
export function walkFiles(dir: string, root: string): FileTree {
  const files: string[] = [];
  const problems: Problem[] = [];
  const visit = (folder: string) => {
    let dirents;
    try {
      dirents = readdirSync(folder, { withFileTypes: true });
    } catch {
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
