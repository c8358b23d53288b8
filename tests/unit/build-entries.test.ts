import { describe, expect, it } from 'vitest';
import { buildEntries, rememberEntries } from '../../src/pipeline/build-entries.ts';
import { validateContent } from '../../src/pipeline/validate.ts';
import { copyValidContent, VALID_CONTENT } from '../support/content-fixture.ts';

describe('the entries of the current build', () => {
  it('are validated from disk when no check ran in this process', () => {
    const entries = buildEntries(VALID_CONTENT, VALID_CONTENT);
    expect(entries.map((e) => `${e.collection}/${e.slug}`)).toContain('guides/identify-joint-needs');
  });

  it('are the ones the build’s check remembered, without reading the files again', () => {
    const dir = copyValidContent();
    const checked = validateContent(dir, dir).entries.filter((e) => e.collection === 'glossary');
    rememberEntries(dir, dir, checked);
    expect(buildEntries(dir, dir)).toBe(checked);
  });

  it('are kept apart per content folder', () => {
    const a = copyValidContent();
    const b = copyValidContent();
    rememberEntries(a, a, []);
    expect(buildEntries(a, a)).toEqual([]);
    expect(buildEntries(b, b).length).toBeGreaterThan(0);
  });
});
