import { z } from 'astro/zod';
import { countryCodeHint, isCountryCode } from './countries.ts';
import { isoDay, partialDate, pastDay } from './dates.ts';
import { SITE_IDS } from './site-ids.ts';
import { decodeHTMLAttribute } from 'entities';

/** An ISO 3166-1 alpha-2 country code such as `FR`. */
export const countryCode = z.string({ error: 'expected a two-letter country code such as FR' }).refine(isCountryCode, {
  error: (issue) =>
    `"${String(issue.input)}" is not an ISO 3166-1 country code; ${countryCodeHint(String(issue.input))}`,
});

/** A country code, or `EU` for a body acting at Union level. */
export const countryOrEu = z.union([z.literal('EU'), countryCode], {
  error: (issue) =>
    `"${String(issue.input)}" is not an ISO 3166-1 country code or EU; ${countryCodeHint(String(issue.input))}`,
});

/**
 * Characters no text of ours may hold: C0 controls other than tab and line
 * feed (a carriage return among them, which splits a line of an .ics or .vcf
 * file), DEL, C1 controls, the Unicode line and paragraph separators, lone
 * surrogates and the noncharacters U+FFFE/U+FFFF, which XML forbids. They are
 * invisible in an editor, usually pasted from another program, and each can
 * break a generated file. Also the bidirectional embedding, override and
 * isolate controls and U+FEFF: invisible, they make text read differently from
 * how it is stored, so a reviewer of a pull request cannot see what it says.
 */
export const CONTROL_CHARACTER =
  /[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF\uFFFE\uFFFF]/u;

const CHARACTER_NAMES: Record<string, string> = {
  '\r': 'carriage return',
  '\0': 'null',
  '\x0B': 'vertical tab',
  '\x0C': 'form feed',
  '\x1B': 'escape',
  '\x7F': 'delete',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u202E': 'right-to-left override',
  '\uFEFF': 'zero-width no-break space',
};

/** `describeCharacter('\r')` is `carriage return (U+000D)`. */
export function describeCharacter(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[char];
  return name ? `${name} (${code})` : `control character ${code}`;
}

/** Every string in a value with the path to it, keys of maps included: `[['sources', 0, 'title'], 'A title']`. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield [[...path, key], key];
      yield* strings(item, [...path, key]);
    }
  }
}

/**
 * The control-character rule for every text field of a collection, applied
 * once to the whole entry rather than field by field, and reported even when
 * other fields are wrong so a contributor sees everything in one run.
 * Tab and line feed stay allowed: generated files escape them.
 */
/** The most characters any one text field may hold: ten times the longest summary. */
export const MAX_FIELD_CHARACTERS = 3_000;

export function plainText<T extends z.ZodType>(schema: T): T {
  return schema.superRefine(
    (value, ctx) => {
      const seen = new Set<string>();
      for (const [path, text] of strings(value)) {
        if (text.length > MAX_FIELD_CHARACTERS)
          ctx.addIssue({
            code: 'custom',
            path,
            message: `holds ${text.length.toLocaleString('en')} characters; a field may hold at most ${MAX_FIELD_CHARACTERS.toLocaleString('en')} (longer text goes in the body)`,
          });
        const found = CONTROL_CHARACTER.exec(text);
        const key = path.join('.');
        if (!found || seen.has(key)) continue;
        seen.add(key);
        ctx.addIssue({
          code: 'custom',
          path,
          message: `contains an invisible ${describeCharacter(found[0])} at character ${found.index + 1}; delete it, as it was probably pasted from another program`,
        });
      }
    },
    { when: () => true },
  );
}

/** URL schemes a link may use; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const URL_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
export type UrlScheme = (typeof URL_SCHEMES)[number];

/** What a link points at, as a browser would read it. */
export type UrlKind =
  | { kind: 'scheme'; scheme: string }
  | { kind: 'site-path' }
  | { kind: 'network-path' }
  | { kind: 'fragment' }
  | { kind: 'relative' };

/**
 * Reads a URL the way a browser does before following it: HTML character
 * references decoded as in an attribute, ASCII whitespace and control
 * characters removed, backslashes taken as slashes. So `&#106;ava\tscript:x`
 * is `{ kind: 'scheme', scheme: 'javascript' }` and `/\\evil.example/` is a
 * `network-path` to another site, not a site path.
 */
export function classifyUrl(text: string): UrlKind {
  const read = decodeHTMLAttribute(text)
    .replace(/[\0-\x20\x7F]/g, '')
    .replace(/\\/g, '/');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(read);
  if (scheme) return { kind: 'scheme', scheme: (scheme[1] ?? '').toLowerCase() };
  if (read.startsWith('//')) return { kind: 'network-path' };
  if (read.startsWith('/')) return { kind: 'site-path' };
  if (read.startsWith('#')) return { kind: 'fragment' };
  return { kind: 'relative' };
}

export interface UrlAllowance {
  /** Schemes allowed, e.g. `['http', 'https']`. */
  schemes: readonly UrlScheme[];
  /** `/toolbox/x/`: an address on this site. */
  sitePaths?: boolean;
  /** `#section`: a place on the same page. */
  fragments?: boolean;
  /** `../x/`: relative to the page it is written on. */
  relative?: boolean;
}

/**
 * The allow-list judgement shared by every URL a contributor writes:
 * `isAllowedUrl('JavaScript:alert(1)', { schemes: ['https'] })` is false;
 * `isAllowedUrl('/toolbox/', { schemes: [], sitePaths: true })` is true.
 * A network path (`//other.example/`) is never allowed: it leaves the site
 * without saying so.
 */
export function isAllowedUrl(text: string, allow: UrlAllowance): boolean {
  const url = classifyUrl(text);
  switch (url.kind) {
    case 'scheme':
      return (allow.schemes as readonly string[]).includes(url.scheme);
    case 'site-path':
      return allow.sitePaths === true;
    case 'fragment':
      return allow.fragments === true;
    case 'relative':
      return allow.relative === true;
    case 'network-path':
      return false;
  }
}

/**
 * An http(s) address on the public web: Zod's `z.httpUrl()` (WHATWG parsing,
 * a real domain name, `https://` written out), then the shared allow-list as a
 * browser would read the text.
 */
export const httpUrl = z
  .httpUrl({
    // One message per address: the allow-list below runs only on what parsed as http(s).
    abort: true,
    error: (issue) =>
      typeof issue.input === 'string'
        ? `"${issue.input}" is not a web address; write the full address starting with https://`
        : 'expected a web address starting with https://',
  })
  .refine((text) => isAllowedUrl(text, { schemes: ['http', 'https'] }), {
    error: (issue) => `"${String(issue.input)}" is not a web address; write the full address starting with https://`,
  });

/**
 * A path on this site, as `redirectFrom` takes it: lowercase segments of
 * letters, digits, hyphens and underscores between single slashes, so no
 * `//x/` (another site), no `.` or `..`, no query or fragment.
 */
export const sitePath = z
  .string({ error: 'expected a site path such as /toolbox/old-name/' })
  .regex(/^(\/[a-z0-9_-]+)*\/?$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not a site path; write one such as /toolbox/old-name/ (lowercase letters, digits and hyphens between single slashes)`,
  });

/** A lowercase slug: the file name of an entry, e.g. `pre-commercial-procurement`. */
export const slug = z
  .string({ error: 'expected the slug (file name without extension) of an entry' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'expected a slug of lowercase letters, digits and hyphens, e.g. pre-commercial-procurement',
  });

/** A link to an entry of another collection, written `collection/slug`, e.g. `segments/drones-and-in-drone-technology`. */
export const entryRef = z
  .string({ error: 'expected a reference written collection/slug, e.g. guides/pre-commercial-procurement' })
  .regex(/^(guides|examples|segments|events|pages)\/[a-z0-9]+(-[a-z0-9]+)*$/, {
    error:
      'expected a reference written collection/slug, where collection is guides, examples, segments, events or pages',
  });

/** A link into a guide, optionally to a section: `guide-slug` or `guide-slug#section-id`. */
export const guideAnchorRef = z
  .string({ error: 'expected a guide reference such as pre-commercial-procurement#when-to-use-it' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9][a-z0-9_-]*)?$/, {
    error: 'expected a guide slug, optionally with a section: pre-commercial-procurement#when-to-use-it',
  });

/** Plain text summary for cards, search results and the meta description. */
export const summary = z
  .string({ error: 'expected a summary of 50 to 300 characters in plain text' })
  .trim()
  .min(50, { error: (issue) => `the summary is too short (${String(issue.input).length} characters); write 50 to 300` })
  .max(300, { error: (issue) => `the summary is too long (${String(issue.input).length} characters); write 50 to 300` })
  .refine((text) => !/[<>*_`[\]]/.test(text), { error: 'write the summary in plain text, without Markdown or HTML' });

/** A title as readers see it. */
export const title = z
  .string({ error: 'expected a title' })
  .trim()
  .min(3, { error: 'expected a title of at least 3 characters' })
  .max(120, { error: 'keep the title under 120 characters' });

/** Where a fact comes from. Every factual page lists these. */
export const source = z.strictObject({
  /** Title of the document or page. */
  title: z.string({ error: 'expected the title of the source' }).min(3),
  /** Public address; omit only for documents with none, such as the seed report. */
  url: httpUrl.optional(),
  /** Who published it. */
  publisher: z.string().optional(),
  /** When it was published: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDate.optional(),
});
export type Source = z.infer<typeof source>;

/**
 * What a change did, so the site can tell readers' news from housekeeping:
 * `new` (the entry was first published), `correction` (a fact was wrong and is
 * now right), `update` (guidance added or changed), `editorial` (wording,
 * layout or sources only: kept in the entry's history, never shown on the home
 * page or in the feed).
 */
export const CHANGE_TYPES = ['new', 'correction', 'update', 'editorial'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** A public change note a reader sees under "Last updated". */
export const change = z.strictObject({
  date: pastDay,
  summary: z.string({ error: 'expected a one-line summary of the change' }).min(3),
  type: oneOf(CHANGE_TYPES),
});

/** A heading id as an anchor alias names it: what github-slugger makes of a heading, e.g. `when-to-use-it`. */
const ANCHOR_ID = /^[\p{Ll}\p{Lo}\p{M}\p{N}_-]+$/u;
const anchorIdError = (input: unknown) =>
  `"${String(input)}" is not a heading id; write it as it appears after # in the address, e.g. when-to-use-it`;
const siteIdError = (input: unknown) =>
  `"${String(input)}" is an id the page itself uses; an old heading id cannot take it`;
const anchorId = z.string().regex(ANCHOR_ID, { error: (issue) => anchorIdError(issue.input) });

/** Fields every page collection shares (guides, examples, segments, events, pages). */
export const pageFields = {
  title,
  summary,
  /** Public change notes, newest first. */
  changes: z.array(change).default([]),
  /** Date by which the owner re-checks the page. */
  reviewBy: isoDay.optional(),
  /** Old paths (e.g. `/toolbox/old-name/`) that must keep working after a move. */
  redirectFrom: z.array(sitePath).default([]),
  /** Old heading ids that must keep working, mapped to the current heading id. */
  anchors: z
    .record(
      anchorId.refine((id) => !SITE_IDS.has(id), { error: (issue) => siteIdError(issue.input) }),
      anchorId,
      {
        error: (issue) =>
          issue.code !== 'invalid_key'
            ? undefined
            : SITE_IDS.has(String(issue.input))
              ? siteIdError(issue.input)
              : anchorIdError(issue.input),
      },
    )
    .default({}),
  /** Drafts are never published. */
  draft: z.boolean().default(false),
};

/** An enum whose error lists the allowed values, so a contributor can pick one. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      `${issue.input === undefined ? 'missing' : `"${String(issue.input)}" is not allowed`}; expected one of: ${values.join(', ')}`,
  });
}

export const SECURITY_AREAS = [
  'disaster-resilience',
  'border-external-security',
  'crime-terrorism',
  'public-safety',
  'health-security',
  'other',
] as const;
export const securityArea = oneOf(SECURITY_AREAS);
export type SecurityArea = z.infer<typeof securityArea>;

export { isoDay, partialDate };
