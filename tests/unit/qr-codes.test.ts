import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedQrFile, qrCodesIntegration, qrSvg } from '../../src/integrations/qr-codes.ts';
import { pageHandlers } from '../../src/integrations/page-handlers.ts';
import { qrPath, qrSource } from '../../src/lib/qr-path.ts';

describe('QR codes of pages', () => {
  it('are written where the trainers panel links them, under any base', () => {
    for (const base of ['/', '/knowledge-factory/']) {
      for (const path of ['/toolbox/pcp/', '/examples/ppi4hpc/', '/about/']) {
        expect(qrSource(`${base}${path.slice(1)}`, base)).toBe(`${base}${qrPath(path)}`);
      }
    }
  });

  it('are an SVG that differs with the address it encodes', async () => {
    const one = await qrSvg('https://example.org/toolbox/pcp/');
    expect(one).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/);
    expect(await qrSvg('https://example.org/toolbox/ppi/')).not.toBe(one);
    expect(await qrSvg('https://example.org/toolbox/pcp/')).toBe(one);
  });
});

type Hook = (options: unknown) => unknown;

/** Runs the integration's hooks as `astro build` does, showing it one page that links its QR code. */
async function buildOnePage(outDir: string, cacheDir: string, address: string, pathname: string): Promise<void> {
  const hooks = qrCodesIntegration().hooks as Record<string, Hook>;
  hooks['astro:config:setup']?.({ config: { base: '/' } });
  hooks['astro:config:done']?.({
    config: { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
  });
  hooks['astro:build:start']?.({});
  const html = `<img src="/${qrPath(pathname)}">`;
  for (const handler of pageHandlers()) await handler.observe?.({ pathname, canonical: address, html });
  await hooks['astro:build:done']?.({ logger: { info: () => undefined } });
}

describe('QR codes kept between builds', () => {
  it('makes a code once and copies it from the cache in later builds', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kf-qr-'));
    const [outDir, cacheDir] = [join(root, 'dist'), join(root, 'cache')];
    const address = 'https://example.org/toolbox/pcp/';
    const file = join(outDir, qrPath('/toolbox/pcp/'));
    await buildOnePage(outDir, cacheDir, address, '/toolbox/pcp/');
    expect(readFileSync(file, 'utf8')).toBe(await qrSvg(address));
    expect(readFileSync(cachedQrFile(cacheDir, address), 'utf8')).toBe(await qrSvg(address));
    // What the next build writes is the cache's copy, not a code made again.
    writeFileSync(cachedQrFile(cacheDir, address), '<svg>kept</svg>');
    await buildOnePage(join(root, 'dist2'), cacheDir, address, '/toolbox/pcp/');
    expect(readFileSync(join(root, 'dist2', qrPath('/toolbox/pcp/')), 'utf8')).toBe('<svg>kept</svg>');
    expect(existsSync(cachedQrFile(cacheDir, 'https://example.org/other/'))).toBe(false);
  });
});
