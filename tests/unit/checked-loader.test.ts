/**
 * The build's content loaders store what the content check read, parsed and
 * validated, for every collection: a file no collection reads stops the load, a
 * YAML value the check refuses stops the load with the check's own line, and
 * a stored value has exactly the type the check saw.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { checkedLoader } from '../../src/pipeline/loaders/body-loader.ts';
import { forgetSession } from '../../src/pipeline/session.ts';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { copyValidContent } from '../support/content-fixture.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
}

/** Runs one collection's loader over a content folder with an in-memory store, as Astro would. */
async function load(contentDir: string, collection: CollectionName): Promise<Map<string, Stored>> {
  forgetSession(contentDir);
  const store = new Map<string, Stored>();
  const context = {
    store: {
      keys: () => [...store.keys()],
      get: (id: string) => store.get(id),
      set: (entry: Stored) => store.set(entry.id, entry),
      delete: (id: string) => store.delete(id),
    },
    generateDigest: (text: string) => String(text.length) + text.slice(0, 40),
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  await checkedLoader(collection, { contentDir, base: '/' }).load(context);
  return store;
}

const HOSTILE = join(process.cwd(), 'tests/fixtures/hostile');

describe('the checked loader', () => {
  it("stops on a file no collection reads, such as a second contact point named _ee2.yaml, with the check's line", async () => {
    const dir = copyValidContent();
    copyFileSync(join(HOSTILE, 'hidden-second-ipnc.yaml'), join(dir, 'contacts/_ee2.yaml'));
    await expect(load(dir, 'contacts')).rejects.toThrow(
      'contacts/_ee2.yaml:1:1  -  is not read: a name starting with "_" is never an entry, so the file would never be published, nor checked',
    );
  });

  it('stores the data the check validated, defaults filled in, for YAML lists as for MDX', async () => {
    const dir = copyValidContent();
    const glossary = await load(dir, 'glossary');
    expect(glossary.get('pcp')?.data).toMatchObject({ term: 'PCP', related: ['ppi'] });
    const guides = await load(dir, 'guides');
    expect(guides.get('identify-joint-needs')?.data['title']).toEqual(expect.any(String));
  });

  it('stops on an unknown YAML tag with the line the check reports, instead of loading an empty glossary', async () => {
    const dir = copyValidContent();
    const path = join(dir, 'glossary.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('term: PPI', 'term: !note PPI'));
    const { problems } = await checkContent(dir, { root: dir, manifest: join(dir, 'published-urls.json') });
    const line = problems.map(formatProblem).find((text) => text.includes('!note'));
    expect(line).toMatch(/glossary\.yaml:7:\d+ {2}- {2}YAML: the tag !note is not one the site reads/);
    await expect(load(dir, 'glossary')).rejects.toThrow(line?.replace(/^.*glossary\.yaml/, '') ?? 'unreachable');
  });

  it('stores an unquoted date in a text field as the text the check read, never as a Date', async () => {
    const dir = copyValidContent();
    const path = join(dir, 'glossary.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('term: PPI', 'term: 2024-01-01'));
    const stored = await load(dir, 'glossary');
    expect(stored.get('ppi')?.data['term']).toBe('2024-01-01');
  });
});
