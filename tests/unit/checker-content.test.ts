import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { copyValidContent, edit, write } from '../support/content-fixture.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures/checker/content');

/** A copy of the valid model content with one fixture added as `to` (a path under the content root). */
function withFixture(fixture: string, to: string): string {
  const dir = copyValidContent();
  mkdirSync(join(dir, to, '..'), { recursive: true });
  copyFileSync(join(FIXTURES, fixture), join(dir, to));
  return dir;
}

async function problemsIn(dir: string) {
  const { problems } = await checkContent(dir, { manifest: join(dir, 'published-urls.json') });
  return problems.map((p) => ({ ...p, file: p.file.replace(/^.*?kf-content-[^/]+\//, '') }));
}

describe('the content check', () => {
  it('passes the valid model content', async () => {
    expect(await problemsIn(copyValidContent())).toEqual([]);
  });

  it('fails a link to a page that does not exist, with file, line and the closest page', async () => {
    const problems = await problemsIn(withFixture('invalid-link-page.mdx', 'pages/broken.mdx'));
    expect(problems).toMatchObject([
      {
        file: 'pages/broken.mdx',
        line: 6,
        column: 5,
        field: 'link',
        message: '"/toolbox/identify-joint-need/" links to a page that does not exist',
        hint: 'did you mean /toolbox/identify-joint-needs/?',
      },
    ]);
  });

  it('fails a link to a section the target page does not have, suggesting the closest heading id', async () => {
    const problems = await problemsIn(withFixture('invalid-link-anchor.mdx', 'pages/broken.mdx'));
    expect(problems).toMatchObject([
      { file: 'pages/broken.mdx', line: 6, field: 'link', hint: 'did you mean #purpose?' },
    ]);
    expect(problems[0]?.message).toBe(
      '"/toolbox/identify-joint-needs/#purpos" links to a section #purpos that /toolbox/identify-joint-needs/ does not have',
    );
  });

  it('resolves a relative link from the page it is written on, and fails only the one that leads nowhere', async () => {
    const problems = await problemsIn(withFixture('invalid-link-relative.mdx', 'pages/relative.mdx'));
    expect(problems).toMatchObject([{ line: 6, message: '"../nowhere/" links to a page that does not exist' }]);
  });

  it('fails an alias whose target is not a heading of the page', async () => {
    const problems = await problemsIn(withFixture('invalid-alias-target.mdx', 'pages/alias.mdx'));
    expect(problems).toMatchObject([
      {
        file: 'pages/alias.mdx',
        line: 5,
        field: 'anchors.why-we-buy',
        message: 'the alias #why-we-buy points at #why-buy-together, which is not a heading on this page',
        hint: 'headings: why-buying-together-helps',
      },
    ]);
  });

  it('accepts links to an alias and to the heading it points at', async () => {
    expect(await problemsIn(withFixture('valid-alias.mdx', 'pages/alias.mdx'))).toEqual([]);
  });

  it('fails a recording chapter that points at a guide section that does not exist', async () => {
    const problems = await problemsIn(withFixture('invalid-event-chapter-anchor.mdx', 'events/webinar.mdx'));
    expect(problems).toMatchObject([
      {
        file: 'events/webinar.mdx',
        line: 17,
        field: 'materials.0.chapters.1.ref',
        message: '"identify-joint-needs#shared-needs": the guide identify-joint-needs has no section #shared-needs',
      },
    ]);
  });

  it('fails a material ref to a missing section too', async () => {
    const dir = copyValidContent();
    edit(dir, 'events/fixture-workshop.mdx', 'ref: identify-joint-needs#purpose', 'ref: identify-joint-needs#purposes');
    expect(await problemsIn(dir)).toMatchObject([
      { field: 'materials.0.ref', hint: 'did you mean "identify-joint-needs#purpose"?' },
    ]);
  });

  it('fails when a published page is gone without a redirect, pointing at its line in the manifest', async () => {
    const dir = copyValidContent();
    copyFileSync(join(FIXTURES, 'invalid-manifest.json'), join(dir, 'published-urls.json'));
    const problems = await problemsIn(dir);
    const gone = problems.find((p) => p.field === '/examples/retired-example/');
    expect(gone).toMatchObject({
      file: 'published-urls.json',
      line: 5,
      message:
        '/examples/retired-example/ was published and the site no longer has it; links to it from slides and other sites would break',
    });
    expect(gone?.hint).toContain("redirectFrom: ['/examples/retired-example/']");
  });

  it('fails when a published section anchor is gone without an alias, and accepts it once aliased', async () => {
    const dir = copyValidContent();
    copyFileSync(join(FIXTURES, 'invalid-manifest.json'), join(dir, 'published-urls.json'));
    const anchor = (await problemsIn(dir)).find((p) => p.field === 'anchors');
    expect(anchor).toMatchObject({
      file: 'guides/prepare/identify-joint-needs.mdx',
      message:
        'the section link /toolbox/identify-joint-needs/#old-purpose was published and this page no longer has a heading with that id',
    });
    expect(anchor?.hint).toContain('anchors: { old-purpose: purpose }');
    edit(
      dir,
      'guides/prepare/identify-joint-needs.mdx',
      'phase: prepare',
      'phase: prepare\nanchors: { old-purpose: purpose }',
    );
    expect((await problemsIn(dir)).map((p) => p.field)).toEqual(['/examples/retired-example/']);
  });

  it('accepts a removed page once another page lists its address in redirectFrom', async () => {
    const dir = copyValidContent();
    copyFileSync(join(FIXTURES, 'invalid-manifest.json'), join(dir, 'published-urls.json'));
    edit(
      dir,
      'guides/prepare/identify-joint-needs.mdx',
      'phase: prepare',
      'phase: prepare\nanchors: { old-purpose: purpose }',
    );
    edit(
      dir,
      'examples/ppi4hpc.mdx',
      'status: completed',
      'status: completed\nredirectFrom: [/examples/retired-example/]',
    );
    expect(await problemsIn(dir)).toEqual([]);
  });

  it('fails a redirect from an address that is a live page', async () => {
    const dir = copyValidContent();
    edit(dir, 'examples/ppi4hpc.mdx', 'status: completed', 'status: completed\nredirectFrom: [/about/]');
    const problems = await problemsIn(dir);
    expect(problems).toMatchObject([{ file: 'examples/ppi4hpc.mdx', field: 'redirectFrom.0' }]);
    expect(problems[0]?.message).toMatch(/^\/about\/ is a live page \(.*pages\/about\.mdx\), so it cannot redirect$/);
  });

  it('accepts a link to a file in public/ and fails one to a missing image', async () => {
    const dir = copyValidContent();
    write(
      dir,
      'pages/figure.mdx',
      '---\ntitle: Figure\nsummary: A page with one image that exists in public/ and one that does not exist anywhere.\n---\n\n<Figure src="/favicon.svg" alt="The site icon" />\n\n<Figure src="/images/missing.svg" alt="A missing image" />\n',
    );
    expect(await problemsIn(dir)).toMatchObject([
      {
        file: 'pages/figure.mdx',
        line: 8,
        message: '"/images/missing.svg" links to a file that does not exist',
        hint: 'put the file in public/images/missing.svg (site paths of files start at the public/ folder)',
      },
    ]);
  });

  it('fails a link to a draft, which is never published', async () => {
    const dir = copyValidContent();
    edit(dir, 'examples/ppi4hpc.mdx', 'status: completed', 'status: completed\ndraft: true');
    edit(dir, 'guides/prepare/identify-joint-needs.mdx', '  - examples/ppi4hpc\n', '');
    write(
      dir,
      'pages/links.mdx',
      '---\ntitle: Links\nsummary: A page linking to a draft example, which readers would never find.\n---\n\nSee [PPI4HPC](/examples/ppi4hpc/).\n',
    );
    const problems = await problemsIn(dir);
    expect(problems).toMatchObject([
      { file: 'pages/links.mdx', line: 6, message: '"/examples/ppi4hpc/" links to a draft, which is not published' },
    ]);
  });

  it('reports template placeholders with their instruction instead of schema errors', async () => {
    const dir = copyValidContent();
    edit(
      dir,
      'examples/ppi4hpc.mdx',
      'status: completed',
      'status: "FILL IN: one of completed, ongoing, planned, discontinued"',
    );
    edit(dir, 'examples/ppi4hpc.mdx', '{ start: 2017, end: 2021 }', '{ start: "FILL IN: the year it started" }');
    const problems = await problemsIn(dir);
    expect(problems.map(formatProblem)).toEqual([
      'examples/ppi4hpc.mdx:4:9  status  still holds the template text; write the real value  (one of completed, ongoing, planned, discontinued)',
      'examples/ppi4hpc.mdx:5:18  period.start  still holds the template text; write the real value  (the year it started)',
    ]);
  });

  it('reports every kind of problem in one run', async () => {
    const dir = withFixture('invalid-link-page.mdx', 'pages/broken.mdx');
    copyFileSync(join(FIXTURES, 'invalid-alias-target.mdx'), join(dir, 'pages/alias.mdx'));
    copyFileSync(join(FIXTURES, '../mdx/invalid-no-esm.mdx'), join(dir, 'pages/esm.mdx'));
    edit(
      dir,
      'pages/esm.mdx',
      'Text first.',
      '---\ntitle: Imports\nsummary: A page with an import statement, which content may not contain at all.\n---\n\nText first.',
    );
    const fields = (await problemsIn(dir)).map((p) => p.field).sort();
    expect(fields).toEqual(['anchors.why-we-buy', 'link', 'mdx:no-esm']);
  });
});
