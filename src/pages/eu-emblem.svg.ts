/**
 * /eu-emblem.svg: the EU emblem beside the funding statement on every page,
 * one file the browser caches instead of the same drawing inline in each page.
 */
import type { APIRoute } from 'astro';
import { euEmblemSvg } from '../lib/eu-emblem.ts';

export const GET: APIRoute = () =>
  new Response(euEmblemSvg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
