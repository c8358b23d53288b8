/**
 * Serves the built site as a static host would: `npm start`, the browser tests
 * and the search benchmark use it. Files are served by sirv, a small, widely
 * used static server (no directory listing, no dotfiles, ranges, ETags); this
 * module adds what a host adds around it: the response headers of the build's
 * `_headers` file (as Netlify and Cloudflare Pages send them, which
 * `astro preview` ignores), the base path, a redirect from a folder's address
 * without its trailing slash, and the site's 404 page with status 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import sirv from 'sirv';
import { lookup } from 'mrmime';
import { headersFor, parseHeaders, type HeaderRule } from '../../src/pipeline/public/headers-file.ts';

export { headersFor, parseHeaders, type HeaderRule } from '../../src/pipeline/public/headers-file.ts';

/** Types the site publishes that mrmime does not list. */
const MORE_TYPES: Record<string, string> = {
  ico: 'image/x-icon',
  vcf: 'text/vcard',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The type of a file asked for by name, with the charset of a text type; undefined for a folder's address,
 * which sirv types from the index.html it finds. Pagefind's own files (`.pf_meta`…) are bytes.
 */
export function contentType(pathname: string): string | undefined {
  const extension = extname(pathname).slice(1).toLowerCase();
  if (extension === '') return undefined;
  const type = lookup(extension) ?? MORE_TYPES[extension] ?? 'application/octet-stream';
  return /^text\/|\/(json|xml|javascript|manifest\+json)$|\+xml$/.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Maps a request path under `base` to the file it names in `root` (a folder's address to its index.html);
 * undefined when outside the base or the root. The search benchmark uses it to size what a host would compress.
 */
export function resolveRequestPath(root: string, base: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (!path.startsWith(base)) return undefined;
  const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root)) return undefined;
  return path.endsWith('/') ? join(file, 'index.html') : file;
}

/** True when the path names a folder of the site, which is served only at its address with a trailing slash. */
function isFolder(root: string, base: string, pathname: string): boolean {
  const file = resolveRequestPath(root, base, pathname);
  try {
    return file !== undefined && statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function serveStatic(root: string, base: string): Server {
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const notFoundPage = join(root, '404.html');

  const notFound = (response: ServerResponse, asked: string) => {
    const page = existsSync(notFoundPage) ? readFileSync(notFoundPage) : undefined;
    response.writeHead(404, {
      ...headersFor(rules, asked),
      // A missing file may exist after the next build: never cached, whatever the rules of its folder say.
      'cache-control': 'no-cache',
      'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
    });
    response.end(page ?? 'Not found');
  };

  const files = sirv(root, {
    dev: false,
    etag: true,
    dotfiles: false,
    // Only to find a folder's index.html: a page is never served at its address plus .html.
    extensions: ['html'],
  });

  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    const asked = url.split('?')[0] ?? '/';
    if (!asked.startsWith(base)) return notFound(response, asked);
    if (!asked.endsWith('/') && isFolder(root, base, asked)) {
      response.writeHead(301, { location: `${asked}/` });
      response.end();
      return;
    }
    // Every rule that matches the address asked for, base path included, as a host matches them; a header that
    // the file also sets (Cache-Control, Content-Type) is taken from here, as sirv keeps headers already set.
    response.setHeader('cache-control', 'no-cache');
    for (const [name, value] of Object.entries(headersFor(rules, asked))) response.setHeader(name, value);
    const type = contentType(asked);
    if (type) response.setHeader('content-type', type);
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => notFound(response, asked));
  });
}
