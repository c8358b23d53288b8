/**
 * The QR code of each content page's address, for trainers' slides and
 * handouts, written as `/qr/<page>.svg` (src/lib/qr-path.ts) for every page
 * whose "For trainers" panel shows one (src/components/contrib/PageActions.astro).
 * The code is made from the page as it is rendered, not by a route of its own:
 * a route per page doubled the files Astro renders and writes one after
 * another, while these writes overlap with rendering.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { qrSource } from '../lib/qr-path.ts';
import { registerPageHandler, unregisterPageHandler } from './page-handlers.ts';

/** The SVG of a QR code for `address`. */
export function qrSvg(address: string): Promise<string> {
  return QRCode.toString(address, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

export function qrCodesIntegration(): AstroIntegration {
  let base = '/';
  let outDir = '';
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
      },
      'astro:build:start': () => {
        registerPageHandler('kf:qr-codes', {
          observe({ pathname, canonical, html }) {
            const source = qrSource(pathname, base);
            if (!html.includes(`src="${source}"`)) return;
            const file = join(outDir, decodeURI(source).slice(base.length));
            const write = qrSvg(canonical)
              .then(async (svg) => {
                await mkdir(dirname(file), { recursive: true });
                await writeFile(file, svg);
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
