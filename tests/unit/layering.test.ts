/**
 * The folders' import rules, read from the source itself: site code never
 * reaches into the pipeline or the tooling, the content model stands alone,
 * nothing but the tests imports from tests/, and no file or folder depends on
 * itself through others. README.md ("Layout") states the same rules for people.
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

/** Groups of nodes that reach each other (Tarjan's strongly connected components): each group is a cycle. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || graph.get(node)?.includes(node)) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** Every source file of the site and its tooling, with the source files it imports. */
function fileGraph(): Map<string, string[]> {
  const files = [...sourceFiles('src'), ...sourceFiles('scripts')];
  return new Map(files.map((file) => [file, importsOf(file).filter((target) => SOURCE.test(target))]));
}

/**
 * The same imports between folders, each file counted in its folder cut to `depth` segments: at depth 2
 * `src/layouts` holds all of its subfolders, at depth 3 `src/pipeline` (its own files) and `src/pipeline/checker` are two.
 */
function folderGraph(files: ReadonlyMap<string, readonly string[]>, depth: number): Map<string, string[]> {
  const folder = (file: string) => dirname(file).split('/').slice(0, depth).join('/');
  const graph = new Map<string, string[]>();
  for (const [file, targets] of files) {
    const from = folder(file);
    const edges = graph.get(from) ?? [];
    graph.set(from, edges);
    for (const target of targets) {
      const to = folder(target);
      if (to === from || edges.includes(to)) continue;
      edges.push(to);
      if (!graph.has(to)) graph.set(to, []);
    }
  }
  return graph;
}

/** `src/a.ts imports src/b.ts` for each import inside a cycle, so a failure says which imports to undo. */
function cycleImports(group: readonly string[], graph: ReadonlyMap<string, readonly string[]>): string[] {
  return group.flatMap((node) =>
    (graph.get(node) ?? []).filter((target) => group.includes(target)).map((target) => `${node} imports ${target}`),
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

  it('finds a cycle, and only the nodes in it', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no cycle between files: each module can be read, and tested, without the ones that use it', () => {
    const graph = fileGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph).map((group) => cycleImports(group, graph))).toEqual([]);
  });

  it('has no cycle between folders, at any depth: a folder either uses another or is used by it', () => {
    const files = fileGraph();
    const deepest = Math.max(...[...files.keys()].map((file) => file.split('/').length - 1));
    for (let depth = 1; depth <= deepest; depth++) {
      const graph = folderGraph(files, depth);
      expect(
        cycles(graph).map((group) => cycleImports(group, graph)),
        `folders cut to ${depth} segments`,
      ).toEqual([]);
    }
  });
});
