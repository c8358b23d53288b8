/** /templates/<slug>.docx: each template as a Word document, built from the same entry as its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { published } from '../../lib/collections.ts';
import { DOCX_TYPE, templateDocument } from '../../lib/templates/downloads.ts';
import { entryPaths } from '../../lib/page-keys.ts';

export const getStaticPaths = (async () =>
  entryPaths(await published('templates'), 'slug', (entry) => ({ entry }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'templates'> }> = async ({ props, site }) => {
  const bytes = await templateDocument(props.entry, site, import.meta.env.BASE_URL);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': DOCX_TYPE } });
};
