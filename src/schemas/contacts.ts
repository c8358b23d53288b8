import { z } from 'astro/zod';
import { countryCode, oneOf, partialDate, source } from './shared.ts';

/**
 * A national contact point (IPNC) or topical group leader (TGL):
 * content/contacts/<id>.yaml, one file per person; the file name is the id.
 */
export const contactSchema = z
  .strictObject({
    role: oneOf(['ipnc', 'tgl']),
    country: countryCode,
    name: z.string({ error: 'expected the person’s name as published' }).min(2),
    organisation: z.string({ error: 'expected the organisation' }).min(2),
    email: z.email({ error: (issue) => `"${String(issue.input)}" is not a valid e-mail address` }),
    /** When the entry was last confirmed, as precisely as the source says: YYYY-MM or YYYY-MM-DD. */
    asOf: partialDate,
    /** The topic a TGL leads; required for TGLs. */
    topic: z.string().optional(),
    /** Anything a reader should know about the entry, such as a corrected address. */
    note: z.string().optional(),
    sources: z.array(source).min(1, { error: 'list the source of the entry' }),
  })
  .refine((c) => c.role !== 'tgl' || (c.topic !== undefined && c.topic.length > 0), {
    error: 'a topical group leader needs a topic',
    path: ['topic'],
  });
export type Contact = z.infer<typeof contactSchema>;
