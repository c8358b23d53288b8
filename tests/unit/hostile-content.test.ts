/**
 * Hostile content, one class of attack per test, each checked the way both
 * `npm run check` and the build check it (checkContent), with the exact line a
 * contributor reads. Fixtures are in tests/fixtures/hostile/; symbolic links
 * and bytes that are not UTF-8 are made here, since a repository should hold
 * neither.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { formatProblem, sortProblems } from '../../src/pipeline/problems.ts';
import { copyValidContent } from '../support/content-fixture.ts';
import { renderBody } from '../../src/pipeline/render/index.ts';
import { glossaryMatcher } from '../../src/lib/glossary-marking.ts';
import { pathToFileURL } from 'node:url';

const HOSTILE = join(process.cwd(), 'tests/fixtures/hostile');

/** A copy of the valid model content with hostile fixtures added, `fixture → path under the content root`. */
function withFixtures(files: Record<string, string>): string {
  const dir = copyValidContent();
  for (const [fixture, to] of Object.entries(files)) {
    mkdirSync(join(dir, to, '..'), { recursive: true });
    copyFileSync(join(HOSTILE, fixture), join(dir, to));
  }
  return dir;
}

/** A project root with this project's src/pages and the given files in public/, for rules that read public/. */
function projectWithPublic(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kf-project-'));
  cpSync(join(process.cwd(), 'src/pages'), join(root, 'src/pages'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'public', path, '..'), { recursive: true });
    writeFileSync(join(root, 'public', path), text);
  }
  return root;
}

/** The problem lines for a content folder, file names relative to it; `root` holds src/pages and public/. */
async function problemLines(dir: string, root = process.cwd()): Promise<string[]> {
  const { problems } = await checkContent(dir, { root, manifest: join(dir, 'published-urls.json') });
  return sortProblems(problems).map((p) => formatProblem(p).replaceAll(/(\.\.\/)*(tmp\/)?kf-content-[^/]+\//g, ''));
}

describe('symbolic links', () => {
  it('reports a link in content/ to a file outside the repository, and never reads it', async () => {
    const dir = copyValidContent();
    const outside = join(mkdtempSync(join(tmpdir(), 'kf-outside-')), 'secret.mdx');
    writeFileSync(
      outside,
      '---\ntitle: Secret\nsummary: A file outside the repository that must never be published by a link.\n---\n\nSecret.\n',
    );
    symlinkSync(outside, join(dir, 'pages/secret.mdx'));
    const { entries } = await checkContent(dir, { root: dir, manifest: join(dir, 'published-urls.json') });
    expect(entries.map((e) => e.slug)).not.toContain('secret');
    expect(await problemLines(dir, dir)).toEqual([
      'pages/secret.mdx:1:1  -  is a symbolic link; links are never followed, because one could publish a file from outside the repository  (replace the link by the file itself, or remove it)',
    ]);
  });

  it('reports a link to a folder in content/ without walking into it', async () => {
    const dir = copyValidContent();
    symlinkSync(join(dir, 'pages'), join(dir, 'guides/pages-again'));
    expect(await problemLines(dir, dir)).toEqual([
      'guides/pages-again:1:1  -  is a symbolic link; links are never followed, because one could publish a file from outside the repository  (replace the link by the file itself, or remove it)',
    ]);
  });

  it('reports a link in public/, which the build would otherwise copy into the site', async () => {
    const root = projectWithPublic({ 'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    symlinkSync('/etc/hostname', join(root, 'public/notes.txt'));
    expect(await problemLines(copyValidContent(), root)).toEqual([
      'public/notes.txt:1:1  -  is a symbolic link; links are never followed, because one could publish a file from outside the repository  (replace the link by the file itself, or remove it)',
    ]);
  });
});

describe('file names', () => {
  const page = join(HOSTILE, 'valid-draft-page.mdx');
  function withPage(name: string): string {
    const dir = copyValidContent();
    writeFileSync(join(dir, name), readFileSync(page, 'utf8').replace('draft: true\n', ''));
    return dir;
  }

  it.each([
    ['pages/Search Results.mdx', 'search-results.mdx'],
    ['pages/About.mdx', 'about.mdx'],
    ['pages/what?.mdx', 'what.mdx'],
    ['pages/a#b.mdx', 'a-b.mdx'],
    ['events/fixture-workshop.ics.mdx', 'fixture-workshop-ics.mdx'],
    ['examples/état-des-lieux.mdx', 'etat-des-lieux.mdx'],
  ])('refuses %s, which is not a slug, and suggests %s', async (name, suggestion) => {
    const lines = await problemLines(withPage(name));
    const file = name.split('/').pop() ?? '';
    expect(lines).toContain(
      `${name}:1:1  -  the file name "${file}" is not a slug; an entry's file name is its address, so it may hold only lowercase letters a-z, digits and single hyphens  (rename the file to ${suggestion})`,
    );
  });

  it.each([
    ['pages/search.mdx', '/search/', 'src/pages/search.astro'],
    ['pages/toolbox.mdx', '/toolbox/', 'src/pages/toolbox/'],
    ['pages/404.mdx', '/404/', 'src/pages/404.astro'],
    ['pages/pagefind.mdx', '/pagefind/', "the build's /pagefind/ folder"],
    ['pages/index.mdx', '/index/', 'src/pages/index.astro'],
    ['guides/phase.mdx', '/toolbox/phase/', 'src/pages/toolbox/phase/'],
    ['events/past.mdx', '/events/past/', 'src/pages/events/past/'],
    ['examples/page.mdx', '/examples/page/', 'src/pages/examples/page/'],
  ])('refuses %s, whose address %s a fixed route already takes', async (name, address, owner) => {
    const lines = await problemLines(withPage(name));
    const folder = address.replace(/[^/]+\/$/, '');
    expect(lines).toContain(
      `${name}:1:1  -  the page would be published at ${address}, which ${owner} already takes, so it would be lost  (rename the file: its name "${name.replace(/^.*\/|\.mdx$/g, '')}" is the address; ${folder === '/' ? 'top-level names' : `names in ${folder}`} used by the site itself cannot be entries)`,
    );
  });

  it('refuses an event whose calendar file a file of public/ already takes', async () => {
    const root = projectWithPublic({ 'events/fixture-workshop.ics': 'BEGIN:VCALENDAR' });
    expect(await problemLines(copyValidContent(), root)).toEqual([
      'events/fixture-workshop.mdx:1:1  -  the file generated for it would be published at /events/fixture-workshop.ics, which public/events/fixture-workshop.ics already takes, so it would be lost  (rename the file: its name "fixture-workshop" is the address; names in /events/ used by the site itself cannot be entries)',
      // And on the file itself: public/ may hold nothing in a folder the site builds.
      'public/events/fixture-workshop.ics:1:1  -  would be published at /events/fixture-workshop.ics, which src/pages/events/ publishes; a file of public/ may never replace what the site builds  (remove the file; images go in public/images/, documents in public/documents/)',
    ]);
  });
});

describe('text that is not text', () => {
  it('refuses a carriage return in an event title, which would inject a line into its .ics file', async () => {
    const dir = withFixtures({ 'invalid-control-character-title.mdx': 'events/injected.mdx' });
    expect(await problemLines(dir)).toEqual([
      'events/injected.mdx:2:8  title  contains an invisible carriage return (U+000D) at character 8; delete it, as it was probably pasted from another program',
    ]);
  });

  it('refuses a raw control character in a body, at its line and column', async () => {
    const dir = withFixtures({ 'invalid-control-character-body.mdx': 'pages/bell.mdx' });
    expect(await problemLines(dir)).toEqual([
      'pages/bell.mdx:6:29  body  contains an invisible control character U+0007  (delete it (an editor that shows invisible characters helps); it was probably pasted from another program)',
    ]);
  });

  it('reports a byte that is not UTF-8 on its file, line and column, and still checks the other files', async () => {
    const dir = withFixtures({ 'invalid-url-scheme.mdx': 'pages/schemes.mdx' });
    writeFileSync(
      join(dir, 'pages/latin1.mdx'),
      Buffer.concat([
        Buffer.from('---\ntitle: Caf'),
        Buffer.from([0xe9]),
        Buffer.from('\nsummary: A page saved as Latin-1 rather than UTF-8, as old editors on Windows do.\n---\n'),
      ]),
    );
    const lines = await problemLines(dir);
    expect(lines).toContain(
      'pages/latin1.mdx:2:11  -  the byte 0xE9 is not UTF-8 text, so the file cannot be read  (save the file as UTF-8 in your editor (often "Save with encoding"), then retype the character at that place)',
    );
    expect(lines.some((line) => line.startsWith('pages/schemes.mdx:'))).toBe(true);
  });

  it('reports a YAML alias bomb on its file and still reports every other file', async () => {
    const dir = withFixtures({
      'invalid-alias-bomb.yaml': 'contacts/bomb.yaml',
      'invalid-control-character-title.mdx': 'events/injected.mdx',
    });
    expect(await problemLines(dir)).toEqual([
      'contacts/bomb.yaml:4:19  -  the YAML aliases (*name) expand to too many values (more than 100); the file was not read  (write the values out instead of repeating them with & anchors and * aliases)',
      'events/injected.mdx:2:8  title  contains an invisible carriage return (U+000D) at character 8; delete it, as it was probably pasted from another program',
    ]);
  });
});

describe('contact points', () => {
  it('refuses a second national contact point for a country, naming both files', async () => {
    const dir = withFixtures({ 'invalid-second-ipnc.yaml': 'contacts/ee2.yaml' });
    expect(await problemLines(dir)).toEqual([
      'contacts/ee2.yaml:2:10  country  contacts/ee.yaml is already the national contact point (IPNC) for EE; a country has one  (keep one of contacts/ee.yaml and contacts/ee2.yaml, or make this one a topical group leader (role: tgl, with a topic))',
    ]);
  });
});

describe('addresses in frontmatter', () => {
  it('refuses sources whose address is script or another site, however it is written', async () => {
    const dir = withFixtures({ 'invalid-url-scheme.mdx': 'pages/schemes.mdx' });
    expect(await problemLines(dir)).toEqual([
      'pages/schemes.mdx:6:10  sources.0.url  "JaVaScRiPt:alert(document.domain)" is not a web address; write the full address starting with https://',
      'pages/schemes.mdx:8:10  sources.1.url  "&#106;avascript:alert(1)" is not a web address; write the full address starting with https://',
      'pages/schemes.mdx:10:10  sources.2.url  "//evil.example/page" is not a web address; write the full address starting with https://',
    ]);
  });

  it('refuses a redirect from another site or from a path with dot segments', async () => {
    const dir = withFixtures({ 'invalid-redirect-network-path.mdx': 'pages/elsewhere.mdx' });
    expect(await problemLines(dir)).toEqual([
      'pages/elsewhere.mdx:5:5  redirectFrom.0  "//evil.example/" is not a site path; write one such as /toolbox/old-name/ (lowercase letters, digits and hyphens between single slashes)',
      'pages/elsewhere.mdx:6:5  redirectFrom.1  "/toolbox/./x/" is not a site path; write one such as /toolbox/old-name/ (lowercase letters, digits and hyphens between single slashes)',
    ]);
  });

  it('refuses redirects into the build folders, a generated listing and a draft’s address', async () => {
    const dir = withFixtures({
      'invalid-redirect-targets.mdx': 'pages/redirects.mdx',
      'valid-draft-page.mdx': 'pages/draft-page.mdx',
    });
    expect(await problemLines(dir)).toEqual([
      "pages/redirects.mdx:5:5  redirectFrom.0  /pagefind/old/ is inside /pagefind/, where the build's /pagefind/ folder publishes its own pages  (a redirect may only take an address nothing else publishes; list the address the page really had)",
      "pages/redirects.mdx:6:5  redirectFrom.1  /_astro/ is inside /_astro/, where the build's /_astro/ folder publishes its own pages  (a redirect may only take an address nothing else publishes; list the address the page really had)",
      'pages/redirects.mdx:7:5  redirectFrom.2  /events/past/2/ is inside /events/past/, where src/pages/events/past/ publishes its own pages  (a redirect may only take an address nothing else publishes; list the address the page really had)',
      'pages/redirects.mdx:8:5  redirectFrom.3  /draft-page/ is the address of the draft pages/draft-page.mdx; once it is published, this redirect would hide it  (remove this line, or give the draft another file name)',
    ]);
  });

  it('refuses a redirect onto a page that public/ publishes as it is', async () => {
    const root = projectWithPublic({ 'slides/index.html': '<!doctype html><title>Slides</title>' });
    const dir = copyValidContent();
    writeFileSync(
      join(dir, 'pages/moved.mdx'),
      '---\ntitle: Moved\nsummary: A page that claims an old address which a file in public/ already serves.\nredirectFrom: [/slides/]\n---\n\nMoved.\n',
    );
    expect(await problemLines(dir, root)).toEqual([
      'pages/moved.mdx:4:16  redirectFrom.0  /slides/ is the file public/slides/index.html, which is published as it is  (remove this line, or remove the file from public/)',
      'public/slides/index.html:1:1  -  would be published at /slides/index.html, which the redirect written for pages/moved.mdx publishes; a file of public/ may never replace what the site builds  (remove the file; images go in public/images/, documents in public/documents/)',
    ]);
  });

  it('refuses a redirect from an address inside a file of public/, which the build could not write', async () => {
    const root = projectWithPublic({ _headers: '/*\n  X-Frame-Options: DENY\n' });
    const dir = copyValidContent();
    writeFileSync(
      join(dir, 'pages/moved.mdx'),
      '---\ntitle: Moved\nsummary: A page that claims the host file of response headers as an old address.\nredirectFrom: [/_headers/]\n---\n\nMoved.\n',
    );
    expect((await problemLines(dir, root)).filter((line) => line.startsWith('pages/'))).toEqual([
      'pages/moved.mdx:4:16  redirectFrom.0  /_headers/ would need a folder where the file public/_headers is published  (remove this line; a redirect may only take an address nothing else publishes)',
    ]);
  });

  it('accepts a redirect from a free address', async () => {
    const dir = copyValidContent();
    writeFileSync(
      join(dir, 'pages/moved.mdx'),
      '---\ntitle: Moved\nsummary: A page that keeps an old address working after it moved from the toolbox.\nredirectFrom: [/toolbox/old-name/]\n---\n\nMoved.\n',
    );
    expect(await problemLines(dir)).toEqual([]);
  });
});

describe('bodies that crashed the check or the build', () => {
  it.each([
    [
      'invalid-percent-fragment.mdx',
      'pages/broken.mdx:6:5  mdx:url-scheme  the address "/about/#%zz" is not allowed: a % in it is not followed by two hexadecimal digits (write %25 for a percent sign)',
    ],
    [
      'invalid-constructor-element.mdx',
      'pages/broken.mdx:6:3  mdx:allowed-components  <constructor> is not a component content may use',
    ],
    [
      'invalid-nested-marks.mdx',
      'pages/broken.mdx:6:145  body  <mark> is nested 25 elements deep  (nest at most 24 levels deep; split the content into sections instead)',
    ],
    [
      'invalid-nested-quotes.mdx',
      'pages/broken.mdx:6:1  body  quotes or lists are nested 30 levels deep here  (nest at most 24 levels deep; split the content into sections instead)',
    ],
    [
      'invalid-star-run.mdx',
      'pages/broken.mdx:6:1  body  a run of 60 * characters; each may open emphasis or a link inside the last  (write at most 47 in a row, or escape them as \\*)',
    ],
  ])('reports %s as a problem at its place, not a crash', async (fixture, line) => {
    const lines = await problemLines(withFixtures({ [fixture]: 'pages/broken.mdx' }));
    expect(
      lines
        .filter((l) => l.startsWith('pages/broken.mdx'))
        .map((l) => l.replace(/ {2}\(use Markdown.*\)$| {2}\(write a full https.*\)$/, '')),
    ).toEqual([line]);
  });

  it('gives the same problem for a body nested far past the stack, on this thread and on a worker thread', async () => {
    const { Worker } = await import('node:worker_threads');
    const body = `${'> '.repeat(10_000)}x\n`;
    const here = renderBody(body, { base: '/', glossary: glossaryMatcher([]) }).problems;
    const there = await new Promise((resolve, reject) => {
      const worker = new Worker(
        `import('${pathToFileURL(join(process.cwd(), 'src/pipeline/render/limits.ts')).href}').then((m) => require('node:worker_threads').parentPort.postMessage(m.bodyLimitProblem(require('node:worker_threads').workerData)))`,
        { eval: true, workerData: body },
      );
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(here).toEqual([there]);
    expect(here[0]?.message).toBe('quotes or lists are nested 10000 levels deep here');
  });
});

describe('data that misleads readers', () => {
  it.each([
    [
      'invalid-end-before-start-across-zones.mdx',
      'events/broken.mdx',
      ['events/broken.mdx:6:6  end  end must not be before start (times are compared with their UTC offsets)'],
    ],
    [
      'invalid-far-future-change.mdx',
      'pages/broken.mdx',
      [
        `pages/broken.mdx:5:11  changes.0.date  "9999-12-31" is more than 10 years ahead (after ${new Date().getUTCFullYear() + 10}); check the year`,
      ],
    ],
    [
      'invalid-page-chrome.mdx',
      'pages/broken.mdx',
      [
        'pages/broken.mdx:6:1  mdx:heading-id  the heading\'s id #sources is one the page itself uses, so links to either would be confused  (reword the heading (for example "Further reading"))',
        'pages/broken.mdx:8:5  mdx:link-text  the link text "https://eur-lex.europa.eu/" is an address, but the link leads to "https://evil.example/"  (write the address the link leads to as its text, or describe where it leads in words)',
        'pages/broken.mdx:8:69  mdx:url-scheme  the address "mailto:ipnc@example.eu?bcc=collector@evil.example" is not allowed: a mailto: address may not add cc, bcc or a prepared message (body)',
      ],
    ],
  ])('refuses %s at its file and line', async (fixture, to, expected) => {
    const lines = await problemLines(withFixtures({ [fixture]: to }));
    expect(lines.filter((l) => l.startsWith(to)).map((l) => l.replace(/ {2}\(write a full https.*\)$/, ''))).toEqual(
      expected,
    );
  });

  it('refuses a glossary term that is a common word, on its line', async () => {
    const dir = copyValidContent();
    const glossary = join(dir, 'glossary.yaml');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('term: PPI', 'term: the'));
    expect((await problemLines(dir)).filter((l) => l.startsWith('glossary.yaml'))).toEqual([
      'glossary.yaml:7:9  term  "the" is a common word; as a term it would be marked on every page',
    ]);
  });
});

describe('files the site would skip without a word', () => {
  it.each([
    [
      'contacts/fr.yml',
      'is not read: entries in contacts/ are .yaml files, so it would never be published  (rename it to fr.yaml, or move it out of content/ if it is not an entry)',
    ],
    [
      'pages/About.MDX',
      'is not read: entries in pages/ are .mdx files, so it would never be published  (rename it to about.mdx, or move it out of content/ if it is not an entry)',
    ],
    [
      'examples/2023/case.mdx',
      'is in a subfolder of examples/, where entries are not read, so it would never be published  (move it to examples/case.mdx, or out of content/ if it is not an entry)',
    ],
  ])('reports %s', async (name, message) => {
    const dir = copyValidContent();
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), 'role: ipnc\n');
    expect(await problemLines(dir)).toEqual([`${name}:1:1  -  ${message}`]);
  });

  it.each([
    [
      'contacts/_x.yaml',
      'is not read: a name starting with "_" is never an entry, so the file would never be published, nor checked  (rename it to x.yaml to publish it (draft: true keeps an entry unpublished), or move it out of content/)',
    ],
    [
      'pages/.notes.mdx',
      'is not read: a name starting with "." is never an entry, so the file would never be published, nor checked  (rename it to notes.mdx to publish it (draft: true keeps an entry unpublished), or move it out of content/)',
    ],
    [
      'glossary.yml',
      "is not in any collection's folder or file, so it would never be published, nor checked  (rename it to glossary.yaml)",
    ],
  ])('refuses %s, which no collection reads, by its path', async (name, message) => {
    const dir = copyValidContent();
    writeFileSync(join(dir, name), 'role: ipnc\n');
    expect(await problemLines(dir)).toEqual([`${name}:1:1  -  ${message}`]);
  });

  it('refuses a file outside every collection, naming the folders and files that are read', async () => {
    const dir = copyValidContent();
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts/new-guide.mdx'), '---\ntitle: Draft\n---\n');
    const [line, ...rest] = await problemLines(dir);
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^drafts\/new-guide\.mdx:1:1 {2}- {2}is not in any collection's folder or file, so it would never be published, nor checked {2}\(move it into its collection's folder \(guides\/, examples\/, .*glossary\.yaml, .*\), or out of content\/ if it is not content\)$/,
    );
  });

  it("reads CHANGES.md at the content root as what it is documented to be, the editors' notes, not an entry", async () => {
    const dir = copyValidContent();
    writeFileSync(join(dir, 'CHANGES.md'), '# Changes\n');
    writeFileSync(join(dir, 'pages/CHANGES.md'), '# Changes\n');
    expect(await problemLines(dir)).toEqual([
      'pages/CHANGES.md:1:1  -  is not read: entries in pages/ are .mdx files, so it would never be published  (rename it to changes.mdx, or move it out of content/ if it is not an entry)',
    ]);
  });
});
