import { describe, expect, it } from 'vitest';
import { BuildEntries } from '../../src/pipeline/build-entries.ts';
import { validateContent } from '../../src/pipeline/validate.ts';
import { copyValidContent, VALID_CONTENT } from '../support/content-fixture.ts';

describe('the entries of one build', () => {
  it('are validated from disk when no check ran for this build', () => {
    const entries = new BuildEntries(VALID_CONTENT, VALID_CONTENT).get();
    expect(entries.map((e) => `${e.collection}/${e.slug}`)).toContain('guides/identify-joint-needs');
  });

  it('are the ones the build’s check remembered, without reading the files again', () => {
    const dir = copyValidContent();
    const checked = validateContent(dir, dir).entries.filter((e) => e.collection === 'glossary');
    const build = new BuildEntries(dir, dir);
    build.remember(checked);
    expect(build.get()).toBe(checked);
  });

  it('are kept apart per build, even for the same content folder', () => {
    const dir = copyValidContent();
    const first = new BuildEntries(dir, dir);
    first.remember([]);
    expect(first.get()).toEqual([]);
    expect(new BuildEntries(dir, dir).get().length).toBeGreaterThan(0);
  });
});
