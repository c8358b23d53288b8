import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/integrations/qr-codes.ts';
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
