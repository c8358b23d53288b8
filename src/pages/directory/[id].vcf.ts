/** A vCard per contact point, at /directory/<id>.vcf, generated at build time. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { published } from '../../lib/collections.ts';
import { contactToVcard } from '../../lib/vcard.ts';
import { countryName } from '../../schemas/countries.ts';
import { entryPaths } from '../../lib/page-keys.ts';

export const getStaticPaths = (async () => {
  const contacts = await published('contacts');
  return entryPaths(contacts, 'id', (entry) => ({ entry }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const { data, id } = props.entry;
  const country = countryName(data.country);
  const anchor = data.role === 'ipnc' ? data.country.toLowerCase() : `tgl-${id}`;
  const body = contactToVcard({
    name: data.name,
    organisation: data.organisation,
    email: data.email,
    title:
      data.role === 'ipnc'
        ? `iProcureNet national contact point for ${country}`
        : `iProcureNet topical group leader: ${data.topic ?? ''}`,
    countryName: country,
    url: new URL(`${import.meta.env.BASE_URL}directory/#${anchor}`, site).href,
    asOf: data.asOf,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
