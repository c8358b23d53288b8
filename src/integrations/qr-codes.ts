/**
 * The QR code of each content page's address, for trainers' slides and
 * handouts, written as `/qr/<page>.svg` (src/lib/qr-path.ts) for every page
 * whose "For trainers" panel shows one (src/components/contrib/PageActions.astro).
 * The code is made from the page as it is rendered, not by a route of its own:
 * a route per page doubled the files Astro renders and writes one after
 * another, while these writes overlap with rendering. A code depends only on
 * the address it holds, so each is kept in the build's cache and copied from
 * there when a later build needs it again.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { qrSource } from '../lib/qr-path.ts';
import { registerPageHandler, unregisterPageHandler } from './page-handlers.ts';

/** Where the cache keeps the code of `address`. */
export function cachedQrFile(cacheDir: string, address: string): string {
  return join(cacheDir, 'kf-qr', `${createHash('sha256').update(address).digest('base64url')}.svg`);
}

/** Makes each folder once per build: a recursive mkdir for every one of a thousand codes cost more than the codes. */
function folderMaker(): (dir: string) => Promise<unknown> {
  const made = new Map<string, Promise<unknown>>();
  return (dir) => {
    let done = made.get(dir);
    if (!done) made.set(dir, (done = mkdir(dir, { recursive: true })));
    return done;
  };
}

/** Writes the code of `address` to `file`: copied from the cache when an earlier build made it, else made and kept. */
async function writeQr(address: string, file: string, cacheDir: string, makeFolder: (dir: string) => Promise<unknown>) {
  await makeFolder(dirname(file));
  const cached = cachedQrFile(cacheDir, address);
  try {
    await copyFile(cached, file);
    return;
  } catch {
    // Not made yet: make it below.
  }
  const svg = await qrSvg(address);
  await writeFile(file, svg);
  await makeFolder(dirname(cached));
  await writeFile(cached, svg);
}

/** The SVG of a QR code for `address`. */
export function qrSvg(address: string): Promise<string> {
  return QRCode.toString(address, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

export function qrCodesIntegration(): AstroIntegration {
  let base = '/';
  let outDir = '';
  let cacheDir = '';
  const writes = new Set<Promise<void>>();
  let written = 0;
  let failure: Error | undefined;
  return {
    name: 'kf:qr-codes',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        const makeFolder = folderMaker();
        registerPageHandler('kf:qr-codes', {
          observe({ pathname, canonical, html }) {
            const source = qrSource(pathname, base);
            if (!html.includes(`src="${source}"`)) return;
            const file = join(outDir, decodeURI(source).slice(base.length));
            const write = writeQr(canonical, file, cacheDir, makeFolder)
              .then(() => {
                written++;
              })
              .catch((error: Error) => {
                failure ??= new Error(`the QR code of ${pathname} could not be written: ${error.message}`);
              });
            const tracked = write.finally(() => writes.delete(tracked));
            writes.add(tracked);
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        unregisterPageHandler('kf:qr-codes');
        await Promise.all(writes);
        if (failure) throw failure;
        logger.info(`wrote ${written} QR codes`);
      },
    },
  };
}
