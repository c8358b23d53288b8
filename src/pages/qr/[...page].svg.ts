/**
 * The QR code of each content page's address, for trainers' slides and
 * handouts (linked from the "For trainers" panel, src/components/contrib/PageActions.astro).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import QRCode from 'qrcode';
import { siteEntries } from '../../lib/published-pages.ts';
import { qrParam } from '../../lib/qr-path.ts';
import { withBase } from '../../lib/urls.ts';

export const getStaticPaths = (async () =>
  (await siteEntries()).map((entry) => ({
    params: { page: qrParam(entry.path) },
    props: { path: entry.path },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const address = new URL(withBase(String(props['path']), import.meta.env.BASE_URL), site).href;
  const svg = await QRCode.toString(address, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
