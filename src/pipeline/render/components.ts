/**
 * The components content may use, as templates: each validates its props with
 * a Zod schema and returns plain elements, so a component is markup and never
 * code. Their look is in src/components/content/content.css. How to use each
 * one is in CONTRIBUTING.md.
 */
import { unendorsed } from '../../schemas/claims.ts';
import { z } from 'astro/zod';
import type { Element, ElementContent } from 'hast';
import { isoDuration, momentUrl } from '../../lib/trainers.ts';
import { judgeUrl } from './url.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const siteAddress = (what: string) =>
  z.string().refine((value) => {
    const verdict = judgeUrl(value);
    return verdict.ok && verdict.kind === 'site';
  }, `expected ${what} on this site, a path starting with /, e.g. /images/phases.svg`);
const webAddress = z.string().refine((value) => {
  const verdict = judgeUrl(value);
  return verdict.ok && verdict.kind === 'external';
}, 'expected a full https:// address');
const time = z.string().regex(/^(\d+:)?\d{1,2}:\d{2}$/, 'expected a time such as 58:10 or 1:02:03');
const size = z.union([z.number().int().positive(), z.string().regex(/^\d+$/, 'expected a whole number of pixels')]);

export const COMPONENT_PROPS = {
  Callout: z.strictObject({
    type: z.enum(['note', 'tip', 'warning']).optional(),
    title: unendorsed('callout title').optional(),
  }),
  Steps: z.strictObject({}),
  Figure: z.strictObject({
    src: siteAddress('an image'),
    alt: z.string({ error: 'expected alt="…" describing the image' }),
    caption: z.string().optional(),
    credit: z.string().optional(),
    width: size.optional(),
    height: size.optional(),
  }),
  KeyFacts: z.strictObject({ title: z.string().optional() }),
  Video: z.strictObject({
    href: webAddress,
    title: z.string(),
    duration: time.optional(),
    poster: siteAddress('a still image').optional(),
    start: time.optional(),
  }),
} as const;

export type ComponentName = keyof typeof COMPONENT_PROPS;
type Props<N extends ComponentName> = z.infer<(typeof COMPONENT_PROPS)[N]>;

const CALLOUT_LABELS = { note: 'Note', tip: 'Tip', warning: 'Warning' } as const;

const TEMPLATES: { [N in ComponentName]: (props: Props<N>, children: ElementContent[]) => Element } = {
  Callout: ({ type = 'note', title }, children) =>
    el('div', { className: ['callout', `callout-${type}`], role: 'note' }, [
      el('p', { className: ['callout-title'] }, [el('strong', {}, [text(title ?? CALLOUT_LABELS[type])])]),
      ...children,
    ]),
  Steps: (_props, children) => el('div', { className: ['steps'] }, children),
  Figure: ({ src, alt, caption, credit, width, height }) => {
    const figcaption: ElementContent[] = [];
    if (caption) figcaption.push(text(caption));
    if (caption && credit) figcaption.push(text(' '));
    if (credit) figcaption.push(el('span', { className: ['credit'] }, [text(`Image: ${credit}`)]));
    return el('figure', { className: ['figure'] }, [
      el('img', {
        src,
        alt,
        width: width === undefined ? undefined : String(width),
        height: height === undefined ? undefined : String(height),
        loading: 'lazy',
        decoding: 'async',
      }),
      ...(figcaption.length > 0 ? [el('figcaption', {}, figcaption)] : []),
    ]);
  },
  KeyFacts: ({ title = 'Key facts' }, children) =>
    el('section', { className: ['key-facts'], ariaLabel: title }, [
      el('p', { className: ['key-facts-title'] }, [el('strong', {}, [text(title)])]),
      ...children,
    ]),
  Video: ({ href, title, duration, poster, start }) => {
    const host = new URL(href).hostname.replace(/^www\./, '');
    const meta: ElementContent[] = [text(`(video on ${host}`)];
    if (duration) meta.push(text(', '), el('time', { dateTime: isoDuration(duration) }, [text(duration)]));
    if (start) meta.push(text(`, from ${start}`));
    meta.push(text(')'));
    return el('p', { className: ['video'] }, [
      ...(poster
        ? [el('img', { src: poster, alt: '', width: '160', height: '90', loading: 'lazy', decoding: 'async' })]
        : []),
      el('a', { href: start ? momentUrl(href, start) : href }, [
        el('span', { ariaHidden: 'true' }, [text('▶ ')]),
        text(`Watch: ${title}`),
      ]),
      text(' '),
      el('span', { className: ['video-meta'] }, meta),
    ]);
  },
};

export function isComponent(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENT_PROPS, name);
}

/** The components every MDX file may use without importing them: exactly those with a template here. */
export const CONTENT_COMPONENTS = Object.keys(COMPONENT_PROPS) as ComponentName[];

/** Components whose children are the reader's content; the others take none. */
export const TAKES_CHILDREN: ReadonlySet<ComponentName> = new Set(['Callout', 'Steps', 'KeyFacts']);

export type Expansion = { ok: true; element: Element } | { ok: false; issues: { prop: string; message: string }[] };

/**
 * How a valid component is written: from its template (the site), or as one neutral element that names it and
 * its props around its content. The differential test (tests/reference) renders bodies with `neutral` and has
 * `@astrojs/mdx` write every component the same way, so the two renderings compare without a second
 * implementation of each template; the templates' markup has its own test (tests/unit/render-equivalence).
 */
export type ComponentForm = 'template' | 'neutral';

/** The neutral element's name: a custom element, which no template and no contributor can write. */
export const NEUTRAL_COMPONENT = 'kf-component';

/** A component's props as the neutral element's `data-props`: JSON with its keys in order, `{"title":"…","type":"tip"}`. */
export function neutralProps(props: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/** Children that are not whitespace between tags. */
const written = (children: ElementContent[]) =>
  children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));

/**
 * What a component's content must be, beyond its props, as a contributor's sentence when it is not. `<Steps>`
 * numbers its steps with the list inside it, so it takes one ordered list and nothing else (as Starlight's
 * rehype-steps does): a bullet list or loose paragraphs would show as steps without numbers.
 */
const CONTENT_RULES: Partial<Record<ComponentName, (children: ElementContent[]) => string | undefined>> = {
  Steps: (children) => {
    const [only, ...more] = written(children);
    return only?.type === 'element' && only.tagName === 'ol' && more.length === 0
      ? undefined
      : '<Steps> holds one numbered list and nothing else: write each step as "1. …", "2. …", with an empty line after <Steps> and before </Steps>';
  },
};

const KIND: Record<string, string> = { string: 'text', number: 'a number' };

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

/** A contributor's sentence for one Zod issue: which prop, what was expected, what was written. */
function issueMessage(name: ComponentName, props: Record<string, unknown>, issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `<${name}> has no prop ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const prop = String(issue.path[0] ?? '');
  if (!Object.hasOwn(props, prop)) return `<${name}> needs ${prop}`;
  if (issue.code === 'invalid_type')
    return `${prop} on <${name}> must be ${KIND[issue.expected] ?? issue.expected}, not ${describe(props[prop])}: write ${prop}="…"`;
  if (issue.code === 'invalid_value')
    return `${prop}="${String(props[prop])}" is not a ${name} ${prop}; use one of: ${issue.values.join(', ')}`;
  return `${prop} on <${name}>: ${issue.message}`;
}

/** The component's markup (in the given form), or what is wrong with its props. */
export function expandComponent(
  name: ComponentName,
  props: Record<string, unknown>,
  children: ElementContent[],
  form: ComponentForm = 'template',
): Expansion {
  const parsed = COMPONENT_PROPS[name].safeParse(props);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        prop: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? ''),
        message: issueMessage(name, props, issue),
      })),
    };
  }
  const content = CONTENT_RULES[name]?.(children);
  if (content) return { ok: false, issues: [{ prop: '', message: content }] };
  if (form === 'neutral')
    return { ok: true, element: el(NEUTRAL_COMPONENT, { dataName: name, dataProps: neutralProps(props) }, children) };
  const template = TEMPLATES[name] as (props: unknown, children: ElementContent[]) => Element;
  return { ok: true, element: template(parsed.data, children) };
}
