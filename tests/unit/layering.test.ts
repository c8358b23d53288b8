/**
 * The folders' import rules, read from the source itself: site code never
 * reaches into the pipeline or the tooling, the content model stands alone,
 * and nothing but the tests imports from tests/. README.md ("Layout") states
 * the same rules for people.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const SOURCE = /\.(ts|mts|mjs|astro)$/;
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Source files under a folder; a folder named like one (Astro's `.astro/` in a kept bench site) is not a file. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.split('/').includes('node_modules'));
}

/** Every relative import of a file, as a path from the project root. */
function importsOf(file: string, text = readFileSync(join(root, file), 'utf8')): string[] {
  return [...text.matchAll(IMPORT)].map((match) =>
    relative(root, normalize(join(root, dirname(file), match[1] ?? '')))
      .split(sep)
      .join('/'),
  );
}

function violations(from: string, forbidden: readonly string[]): string[] {
  return sourceFiles(from).flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden.some((folder) => target === folder || target.startsWith(`${folder}/`)))
      .map((target) => `${file} imports ${target}`),
  );
}

describe('the import rules between folders', () => {
  it('reads relative imports of every form, resolved from the importing file', () => {
    const text = `import a from '../lib/a.ts';\nimport '../styles/b.css';\nconst c = await import('./c.ts');\nexport { d } from "../../schemas/d.ts";`;
    expect(importsOf('src/pipeline/x.ts', text)).toEqual([
      'src/lib/a.ts',
      'src/styles/b.css',
      'src/pipeline/c.ts',
      'schemas/d.ts',
    ]);
  });

  it('keeps site code (src/lib) free of the pipeline, the tooling and the tests', () => {
    expect(violations('src/lib', ['src/pipeline', 'src/integrations', 'scripts', 'tests'])).toEqual([]);
  });

  it('keeps the content model (src/schemas) free of everything but itself', () => {
    expect(
      violations('src/schemas', ['src/lib', 'src/pipeline', 'src/integrations', 'src/components', 'scripts', 'tests']),
    ).toEqual([]);
  });

  it('keeps the pipeline free of pages, components, tooling and tests', () => {
    expect(
      violations('src/pipeline', [
        'src/pages',
        'src/components',
        'src/layouts',
        'src/integrations',
        'scripts',
        'tests',
      ]),
    ).toEqual([]);
  });

  it('keeps the renderer free of the checker: the check uses the renderer, never the reverse', () => {
    expect(violations('src/pipeline/render', ['src/pipeline/checker'])).toEqual([]);
  });

  it('never lets the site or the scripts import from tests/', () => {
    expect([...violations('src', ['tests', 'scripts']), ...violations('scripts', ['tests'])]).toEqual([]);
  });
});
