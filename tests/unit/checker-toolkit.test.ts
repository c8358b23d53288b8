import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { copyValidContent } from '../support/content-fixture.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures/checker/toolkit');

/** A copy of the valid model content with toolkit fixtures added, e.g. `{ 'decisions/aid.yaml': 'valid-aid.yaml' }`. */
function withFixtures(files: Record<string, string>): string {
  const dir = copyValidContent();
  for (const [to, fixture] of Object.entries(files)) {
    mkdirSync(join(dir, to, '..'), { recursive: true });
    copyFileSync(join(FIXTURES, fixture), join(dir, to));
  }
  return dir;
}

async function check(files: Record<string, string>) {
  const dir = withFixtures(files);
  const result = await checkContent(dir, { manifest: join(dir, 'published-urls.json') });
  return result.problems.map((p) => ({ ...p, file: p.file.replace(/^.*?kf-content-[^/]+\//, '') }));
}

describe('the content check of decision aids and timelines', () => {
  it('passes a valid aid whose outcomes link existing pages', async () => {
    expect(await check({ 'decisions/aid.yaml': 'valid-aid.yaml' })).toEqual([]);
  });

  it('reports an answer leading to no question or outcome at its file, line and field, with the closest id', async () => {
    expect(await check({ 'decisions/aid.yaml': 'invalid-broken-target.yaml' })).toEqual([
      {
        file: 'decisions/aid.yaml',
        line: 12,
        column: 15,
        field: 'questions.who.options.together.next',
        message: '"wher" is neither a question nor an outcome of this aid',
        hint: 'did you mean "where"?',
      },
    ]);
  });

  it('reports a question or outcome no answer reaches, in its block', async () => {
    expect(await check({ 'decisions/aid.yaml': 'invalid-unreachable.yaml' })).toMatchObject([
      {
        file: 'decisions/aid.yaml',
        line: 42,
        field: 'outcomes.orphan',
        message: 'the outcome "orphan" cannot be reached: no answer on any path from "who" leads to it',
      },
    ]);
  });

  it('reports a cycle at the answer that closes it, naming the questions on the loop', async () => {
    expect(await check({ 'decisions/aid.yaml': 'invalid-cycle.yaml' })).toMatchObject([
      {
        file: 'decisions/aid.yaml',
        line: 24,
        field: 'questions.where.options.home.next',
        message: 'leads back to "who", which was already asked: who → where → who',
      },
    ]);
  });

  it('reports an outcome without sources', async () => {
    expect(await check({ 'decisions/aid.yaml': 'invalid-no-sources.yaml' })).toMatchObject([
      {
        file: 'decisions/aid.yaml',
        line: 38,
        field: 'outcomes.separate.sources',
        message: 'an outcome needs at least one source',
      },
    ]);
  });

  it('reports a link to a guide that does not exist on its line, with the closest slug', async () => {
    expect(await check({ 'decisions/aid.yaml': 'invalid-follow-up.yaml' })).toMatchObject([
      {
        file: 'decisions/aid.yaml',
        line: 23,
        field: 'outcomes.joint.next.0',
        message: '"guides/identify-joint-need" does not match any published entry in guides',
        hint: 'did you mean "guides/identify-joint-needs"?',
      },
    ]);
  });

  it('reports a worked step naming a variant its limit does not have', async () => {
    expect(await check({ 'timelines/open.yaml': 'invalid-timeline-step.yaml' })).toMatchObject([
      {
        file: 'timelines/open.yaml',
        line: 25,
        field: 'worked.phases.0.steps.0.variant',
        message: '"electronic" is not a variant of the limit "tenders"; its variants: electronic-submission',
      },
    ]);
  });

  it('knows every answer page of a valid aid, so a link to one from a page is not reported as broken', async () => {
    const dir = withFixtures({ 'decisions/aid.yaml': 'valid-aid.yaml' });
    writeFileSync(
      join(dir, 'pages/links.mdx'),
      '---\ntitle: Links to the aid\nsummary: A page that links the aid and one of its answer pages, which must both exist.\n---\n\n[Start](/decisions/aid/) and [joint](/decisions/aid/y/together/abroad/), not [this](/decisions/aid/y/nowhere/).\n',
    );
    const { problems } = await checkContent(dir, { manifest: join(dir, 'published-urls.json') });
    expect(problems.map((p) => p.message)).toEqual(['"/decisions/aid/y/nowhere/" links to a page that does not exist']);
  });
});
