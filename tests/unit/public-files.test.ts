/**
 * public/ is copied into the site as it is, so the check (`npm run check` and
 * the build alike: checkContent) reads every file of it: what may be there,
 * what a file may hold, and which addresses it may never take. Each test puts
 * hostile files from tests/fixtures/hostile/public/ into the public/ of a
 * throwaway project and reads the exact lines a contributor gets.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { formatProblem, sortProblems } from '../../src/pipeline/problems.ts';
import { svgProblems } from '../../src/pipeline/public/svg.ts';
import { headersProblems, redirectsProblems } from '../../src/pipeline/public/host-files.ts';
import { CONTRIBUTOR_FILE_POLICY, PAGE_CSP_DIRECTIVES } from '../../src/lib/security-policy.ts';
import { copyValidContent } from '../support/content-fixture.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures/hostile/public');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** A project with this project's src/pages and the given files in public/ (path → fixture name or text). */
function project(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'kf-project-'));
  cpSync(join(process.cwd(), 'src/pages'), join(root, 'src/pages'), { recursive: true });
  mkdirSync(join(root, 'public'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'public', path, '..'), { recursive: true });
    writeFileSync(join(root, 'public', path), text);
  }
  return root;
}

async function lines(root: string, content = copyValidContent()): Promise<string[]> {
  const { problems } = await checkContent(content, { root, manifest: join(content, 'published-urls.json') });
  return sortProblems(problems)
    .map(formatProblem)
    .filter((line) => line.startsWith('public/'));
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('what public/ may hold', () => {
  it('accepts images in images/, documents in documents/, and the site icon at the root', async () => {
    const root = project({
      'favicon.svg': fixture('valid-drawing.svg'),
      'images/phases.svg': fixture('valid-drawing.svg'),
      'images/map.png': PNG,
      'documents/handout.pdf': '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n',
    });
    expect(await lines(root)).toEqual([]);
  });

  it('refuses an HTML page anywhere, which would run script on the site and be indexed as a guide', async () => {
    const root = project({
      'images/page.html': fixture('invalid-page.html'),
      'guide.html': fixture('invalid-page.html'),
    });
    expect(await lines(root)).toEqual([
      'public/guide.html:1:1  -  a .html file cannot be published from public/: only the site icons and its web manifest  (pages are written in content/ as MDX, never as HTML or script; save the file as one of .png, .jpg, .jpeg, .gif, .webp, .avif, .ico, .svg, .webmanifest)',
      'public/images/page.html:1:1  -  a .html file cannot be published from public/images/: it takes .png, .jpg, .jpeg, .gif, .webp, .avif, .ico, .svg  (pages are written in content/ as MDX, never as HTML or script; save the file as one of .png, .jpg, .jpeg, .gif, .webp, .avif, .ico, .svg)',
    ]);
  });

  it.each([['scripts/app.js'], ['images/app.js'], ['documents/report.docm'], ['styles/site.css']])(
    'refuses %s, a type a browser runs or a folder the site does not take',
    async (path) => {
      const found = await lines(project({ [path]: 'alert(1)' }));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(new RegExp(`^public/${path.replace('.', '\\.')}:1:1  -  `));
    },
  );

  it('refuses a file whose bytes are not of its extension, such as HTML saved as .png', async () => {
    expect(await lines(project({ 'images/photo.png': fixture('invalid-html-as-image.png') }))).toEqual([
      'public/images/photo.png:1:1  -  does not hold a .png file: its first bytes are those of another type  (give the file the extension of what it really is, or export it again in the right format)',
    ]);
  });

  it('refuses a PDF that declares a script', async () => {
    const pdf = '%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n';
    expect(await lines(project({ 'documents/report.pdf': pdf }))).toEqual([
      'public/documents/report.pdf:1:1  -  the PDF declares /JavaScript, which some readers run or open  (export the document again without scripts, attachments or actions ("PDF/A" does))',
    ]);
  });

  it('refuses a file name with capitals or spaces, and suggests one', async () => {
    expect(await lines(project({ 'images/Phase Map.png': PNG }))).toEqual([
      'public/images/Phase Map.png:1:1  -  the name "images/Phase Map.png" is not a plain file name (lowercase letters, digits, - and _)  (rename it to phase-map.png)',
    ]);
  });

  it('refuses a file over the size allowed for its type', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]);
    expect(await lines(project({ 'images/huge.png': big }))).toEqual([
      'public/images/huge.png:1:1  -  is 3.0 MB; a .png file may be at most 2.0 MB  (reduce it (smaller dimensions, compression), or link to where it is published)',
    ]);
  });
});

describe('SVG files', () => {
  it('refuses script, handlers, embedded HTML and outside references, each at its line and column', () => {
    expect(
      svgProblems(fixture('invalid-script.svg').toString('utf8')).map((p) => `${p.line}:${p.column} ${p.message}`),
    ).toEqual([
      "2:3 the SVG has a <script> element, which can run script or change the drawing's links",
      '3:3 <rect> has the event handler onload=, which runs script',
      "4:3 the SVG has a <foreignObject> element, which can run script or change the drawing's links",
      '5:3 <image xlink:href="https://evil.example/pixel.png"> refers to something outside the file; only #ids of the same file are allowed',
      '6:10 a <style> of the SVG loads something from outside the file',
    ]);
  });

  it('refuses a DOCTYPE, whose entities can expand without end', () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaa">]>\n<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>';
    expect(svgProblems(bomb).map((p) => `${p.line}:${p.column}`)).toEqual(['2:1']);
  });

  it('refuses a file named .svg that holds a page', () => {
    expect(svgProblems('<html><script>alert(1)</script></html>')[0]?.message).toBe(
      "the file's first element is <html>, not <svg>",
    );
  });

  it('reports the line in public/ through the check', async () => {
    const found = await lines(project({ 'images/diagram.svg': fixture('invalid-script.svg') }));
    expect(found).toHaveLength(5);
    expect(found[0]).toBe(
      'public/images/diagram.svg:2:3  -  the SVG has a <script> element, which can run script or change the drawing\'s links  (export the drawing again as plain SVG (in Inkscape: "Optimized SVG"), or save it as PNG)',
    );
  });
});

describe('addresses the build publishes', () => {
  it.each([
    ['index.html', '/index.html', 'src/pages/index.astro'],
    ['404.html', '/404.html', 'src/pages/404.astro'],
    ['search/index.html', '/search/index.html', 'src/pages/search.astro'],
    ['directory/index.html', '/directory/index.html', 'src/pages/directory/'],
    ['events.ics', '/events.ics', 'src/pages/events.ics.ts'],
    ['feed.xml', '/feed.xml', 'src/pages/feed.xml.ts'],
    ['robots.txt', '/robots.txt', 'src/pages/robots.txt.ts'],
    ['sitemap.xml', '/sitemap.xml', 'src/pages/sitemap.xml.ts'],
    ['pagefind/pagefind.js', '/pagefind/pagefind.js', "the build's /pagefind/ folder"],
    ['qr/toolbox/x.svg', '/qr/toolbox/x.svg', "the build's QR codes"],
    ['about/index.html', '/about/index.html', 'the page of pages/about.mdx'],
    ['toolbox/old-name/index.html', '/toolbox/old-name/index.html', 'src/pages/toolbox/'],
  ])('refuses public/%s, which would replace %s', async (path, address, owner) => {
    const content = copyValidContent();
    const found = (await lines(project({ [path]: '<!DOCTYPE html><p>replaced</p>' }), content)).map((line) =>
      line.replace(/(\.\.\/)*(tmp\/)?kf-content-[^/]+\//g, ''),
    );
    expect(found).toEqual([
      `public/${path}:1:1  -  would be published at ${address}, which ${owner} publishes; a file of public/ may never replace what the site builds  (remove the file; images go in public/images/, documents in public/documents/)`,
    ]);
  });

  it('refuses a file at an address a page redirects from', async () => {
    const content = copyValidContent();
    const about = join(content, 'pages/about.mdx');
    writeFileSync(about, readFileSync(about, 'utf8').replace(/^---\n/, '---\nredirectFrom: [/who-we-are/]\n'));
    const found = await lines(project({ 'who-we-are/index.html': 'x' }), content);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('which the redirect written for');
  });
});

describe("the host's files", () => {
  const at = { file: 'public/_headers', line: 1, column: 1, field: '' };
  const siteHeaders = readFileSync(join(process.cwd(), 'public/_headers'), 'utf8');

  it("hold the project's own _headers to the page policy of astro.config.mjs, with a sandbox for contributor folders", () => {
    expect(headersProblems(siteHeaders, at, ['images', 'documents'])).toEqual([]);
    // The policy the check compares against is the one Astro writes into every page.
    expect(readFileSync(join(process.cwd(), 'astro.config.mjs'), 'utf8')).toContain(
      'directives: [...PAGE_CSP_DIRECTIVES]',
    );
    expect(PAGE_CSP_DIRECTIVES).toContain("object-src 'none'");
  });

  it('refuse a _headers without the CSP, on the line of its /* block', () => {
    const messages = headersProblems(fixture('invalid-headers-without-csp').toString('utf8'), at, ['images']);
    expect(messages.map((p) => `${p.line} ${p.message}`)).toEqual([
      '1 has no Content-Security-Policy for every address (a "/*" block with the header)',
      `1 files in /images/ come from contributors and must be served with "Content-Security-Policy: ${CONTRIBUTOR_FILE_POLICY}" (missing: sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline')`,
    ]);
  });

  it.each([
    ["img-src 'self' data:", "img-src 'self' data: https://tracker.example", 'allows img-src https://tracker.example'],
    ["object-src 'none'; ", '', `must say "object-src 'none'"`],
    ["frame-ancestors 'none'", "frame-ancestors 'none'; script-src 'self'", 'sets script-src'],
  ])('refuse a _headers whose policy changes %s', (from, to, message) => {
    const edited = siteHeaders.replace(from, to);
    expect(edited).not.toBe(siteHeaders);
    expect(
      headersProblems(edited, at, ['images'])
        .map((p) => p.message)
        .join('\n'),
    ).toContain(message);
  });

  it('refuse a _headers that drops the sandbox of contributor files', () => {
    const edited = siteHeaders.replace(/\/images\/\*\n.*\n/, '');
    // img-src 'self' data: is not missing: the site-wide policy, also sent for /images/, says it.
    expect(headersProblems(edited, at, ['images', 'documents']).map((p) => p.message)).toEqual([
      `files in /images/ come from contributors and must be served with "Content-Security-Policy: ${CONTRIBUTOR_FILE_POLICY}" (missing: sandbox; default-src 'none'; style-src 'unsafe-inline')`,
    ]);
  });

  it('refuse a contributor block written with the base path in front, which the build would double, at its line', () => {
    const edited = siteHeaders.replace('\n/images/*\n', '\n/knowledge-factory/images/*\n');
    const line = edited.split('\n').indexOf('/knowledge-factory/images/*') + 1;
    expect(headersProblems(edited, at, ['images']).map((p) => `${p.line} ${p.hint}`)).toEqual([
      `${line} write the block as "/images/*", from the site root: the build puts the base path (KF_BASE) in front of every path, so "/knowledge-factory/images/*" would never match`,
    ]);
  });

  it('refuse a rule whose path is not from the site root, which no host matches, at its line', () => {
    const edited = siteHeaders.replace('\n/documents/*\n', '\ndocuments/*\n');
    const line = edited.split('\n').indexOf('documents/*') + 1;
    expect(headersProblems(edited, at, ['images', 'documents']).map((p) => `${p.line} ${p.message}`)).toEqual([
      `${line} the rule "documents/*" is not a path from the site root, so no host would send its headers`,
      `1 files in /documents/ come from contributors and must be served with "Content-Security-Policy: ${CONTRIBUTOR_FILE_POLICY}" (missing: sandbox; default-src 'none'; style-src 'unsafe-inline')`,
    ]);
  });

  it('refuse a _redirects line that leaves the site, at its line and column', () => {
    expect(redirectsProblems(fixture('invalid-redirects-off-site').toString('utf8'), at)).toEqual([
      {
        ...at,
        line: 3,
        column: 17,
        message:
          'redirects to "https://evil.example/:splat", which is not a path of this site; _redirects may never send readers elsewhere',
        hint: 'write the new address as a site path such as /toolbox/new-name/, or use redirectFrom in the page that moved',
      },
    ]);
    expect(redirectsProblems('/a/ //evil.example/ 301\n', at)).toHaveLength(1);
  });

  it('report the host files through the check, and accept a CNAME with one domain', async () => {
    const root = project({
      _redirects: fixture('invalid-redirects-off-site'),
      CNAME: 'knowledge.example.eu\n',
      '.well-known/security.txt': 'Contact: mailto:security@example.eu\n',
    });
    expect(await lines(root)).toEqual([
      'public/_redirects:3:17  -  redirects to "https://evil.example/:splat", which is not a path of this site; _redirects may never send readers elsewhere  (write the new address as a site path such as /toolbox/new-name/, or use redirectFrom in the page that moved)',
    ]);
  });

  it('are owned by the maintainers in .github/CODEOWNERS, after the rule for public/', () => {
    const owners = readFileSync(join(process.cwd(), '.github/CODEOWNERS'), 'utf8').split('\n');
    const rule = (path: string) =>
      owners.findIndex((line) => new RegExp(`^#?\\s*${path.replace(/\./g, '\\.')}\\s+@`).test(line));
    const folder = rule('/public/');
    expect(folder).toBeGreaterThan(-1);
    for (const path of ['/public/_headers', '/public/_redirects', '/public/CNAME', '/public/.well-known/']) {
      // The last matching line wins, so each must come after the folder's rule.
      expect(rule(path), path).toBeGreaterThan(folder);
      expect(owners[rule(path)], path).toContain('maintainers');
    }
  });
});
