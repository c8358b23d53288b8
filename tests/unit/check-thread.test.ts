import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { checkInThread } from '../../src/pipeline/checker/thread.ts';
import { copyValidContent, edit } from '../support/content-fixture.ts';

const withoutLocate = <T extends { locate: unknown }>(entries: readonly T[]) =>
  entries.map(({ locate: _locate, ...entry }) => entry);

describe('the content check on its own thread', () => {
  it('finds what the check finds in this thread, and hands back the rendered bodies', async () => {
    const dir = copyValidContent();
    const options = { base: '/kf/' };
    const [here, there] = [await checkContent(dir, options), await checkInThread(dir, options)];
    expect(there.problems).toEqual([]);
    expect(withoutLocate(there.entries)).toEqual(withoutLocate(here.entries));
    const bodies = here.entries.filter((entry) => entry.body !== undefined).length;
    expect(there.renderings.size).toBe(bodies);
    for (const { html } of there.renderings.values()) expect(html).not.toBe('');
  });

  it('reports the same problems, at the same places', async () => {
    const dir = copyValidContent();
    edit(dir, 'guides/prepare/identify-joint-needs.mdx', /^title: .*$/m, 'title: 42');
    const [here, there] = [await checkContent(dir), await checkInThread(dir, {})];
    expect(there.problems.length).toBeGreaterThan(0);
    expect(there.problems).toEqual(here.problems);
  });
});
