/**
 * Hostile bodies through a real build: the build stops on them with the same
 * file:line the check gives, prints no stack trace, and leaves the site that
 * was already in the output folder exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, newBuildDir } from '../support/build.ts';
import { copyValidContent, edit } from '../support/content-fixture.ts';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { scaled } from '../support/time-limits.ts';

function snapshot(outDir: string): Map<string, string> {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(html|xml|ics|vcf)$/.test(f),
  );
  return new Map(files.map((f) => [f, readFileSync(join(outDir, f), 'utf8')]));
}

describe('a build with hostile bodies', () => {
  it(
    'fails naming every file and line the check names, and leaves the previous site untouched',
    async () => {
      const outDir = join(newBuildDir(), 'dist');
      const first = buildSite({ KF_CONTENT_DIR: copyValidContent() }, outDir);
      expect(first.status, first.output).toBe(0);
      const before = snapshot(outDir);
      expect(before.size).toBeGreaterThan(5);

      const content = copyValidContent();
      edit(
        content,
        'guides/prepare/identify-joint-needs.mdx',
        'Find a need that buyers share.',
        'Find a need that buyers share.\n\n<Callout set:html="<meta http-equiv=refresh content=0;url=https://evil.example/>" />',
      );
      edit(
        content,
        'examples/ppi4hpc.mdx',
        /\n---\n/,
        '\n---\n\n<Callout title={["a", "b"]}>\n\nText.\n\n</Callout>\n',
      );
      const about = join(content, 'pages/about.mdx');
      writeFileSync(
        about,
        Buffer.concat([readFileSync(about), Buffer.from('\nA raw \x01 byte and a lone \xff byte.\n', 'latin1')]),
      );

      const expected = (
        await checkContent(content, { root: process.cwd(), manifest: join(content, 'published-urls.json') })
      ).problems.map(formatProblem);
      const broken = buildSite({ KF_CONTENT_DIR: content }, outDir);
      expect(broken.status).not.toBe(0);
      const lines = ['mdx:no-namespaced-attributes', 'mdx:component-props', 'the byte 0xFF is not UTF-8 text'];
      for (const fragment of lines) {
        const line = expected.find((p) => p.includes(fragment));
        expect(line, `the check reports ${fragment}`).toBeDefined();
        expect(broken.output).toContain(line);
      }
      expect(broken.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(snapshot(outDir)).toEqual(before);
    },
    scaled(240_000),
  );
});
