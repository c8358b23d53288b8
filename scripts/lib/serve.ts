/**
 * A small static file server for the built site: `npm start` and the browser
 * tests use it, so what they see is exactly what a static host would serve,
 * with the response headers of the build's `_headers` file (as Netlify and
 * Cloudflare Pages send them), which `astro preview` ignores.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaders } from '../../src/pipeline/public/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/** Maps a request path under `base` to a file in `root`; undefined when outside the base or the root. */
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

export { headersFor, parseHeaders, type HeaderRule } from '../../src/pipeline/public/headers-file.ts';

export function serveStatic(root: string, base: string): Server {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  return createServer(async (request, response) => {
    const file = resolveRequestPath(root, base, request.url ?? '/');
    const send = async (path: string, status: number) => {
      const body = await readFile(path);
      // Rules match the address asked for, base path included, as a host matches them (the build wrote them so).
      const asked = (request.url ?? '/').split('?')[0] ?? '/';
      response.writeHead(status, {
        'cache-control': 'no-cache',
        ...headersFor(rules, asked),
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    try {
      if (!file) throw new Error('outside');
      const info = await stat(file);
      if (info.isDirectory()) {
        response.writeHead(301, { location: `${(request.url ?? '/').split('?')[0]}/` });
        response.end();
        return;
      }
      await send(file, 200);
    } catch {
      try {
        await send(join(root, '404.html'), 404);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('Not found');
      }
    }
  });
}
