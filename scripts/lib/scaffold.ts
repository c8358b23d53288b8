/**
 * Templates for `npm run new`: one per collection, each valid against its
 * schema except the values the author must write, which read "FILL IN: …"
 * (the checker reports each with that instruction as its hint). Allowed values
 * are taken from the schemas, so a template never offers a value they reject.
 */
import {
  AUDIENCES,
  DIRECTIVES,
  EVENT_KINDS,
  EXAMPLE_STATUSES,
  INSTRUMENTS,
  LEGAL_MODELS,
  MATERIAL_KINDS,
  PHASES,
  PROCEDURES,
  SECURITY_AREAS,
  FIELD_KINDS,
  TEMPLATE_STATUSES,
  collections,
  type CollectionName,
} from '../../src/schemas/index.ts';
import slugifyText from '@sindresorhus/slugify';
import { PLACEHOLDER } from '../../src/pipeline/placeholders.ts';

/**
 * `slugify('Łódź and Øresund Straße joint purchase')` is `lodz-and-oresund-strasse-joint-purchase`.
 * Letters are transliterated (ł → l, ø → o, ß → ss, Greek and Cyrillic to Latin) by
 * @sindresorhus/slugify, not dropped; `&` is dropped as before, and a long title
 * is cut at a word boundary.
 */
export function slugify(title: string, maxLength = 60): string {
  const slug = slugifyText(title, { decamelize: false, customReplacements: [['&', ' ']] });
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** The slug itself when free, else the first free `slug-2`, `slug-3`… */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

export interface ScaffoldInput {
  collection: CollectionName;
  title: string;
  slug: string;
  /** For guides: the folder under content/guides/. */
  phase?: (typeof PHASES)[number];
  /** Today as YYYY-MM-DD, for dates the author vouches for by creating the entry. */
  today: string;
}

export interface Scaffold {
  /** Path relative to the content root. */
  file: string;
  /** The whole file for entry collections; the item to append for list collections. */
  text: string;
  /** `true` when `text` is appended to an existing list file. */
  append: boolean;
}

const fill = (instruction: string) => JSON.stringify(`${PLACEHOLDER}: ${instruction}`);
const oneOfText = (values: readonly string[]) => `one of ${values.join(', ')}`;
const quote = (text: string) => JSON.stringify(text);

const SUMMARY = fill('one or two plain sentences, 50 to 300 characters, shown in lists and search results');
const SOURCES = `# Where the facts come from; add one item per source. Delete a url line if the source has no public address.
sources:
  - title: ${fill('the title of the document or web page')}
    url: ${fill('its full address, starting with https://')}
    publisher: ${fill('who published it')}`;

function mdx(frontmatter: string, body: string): string {
  return `---\n${frontmatter}\n---\n\n${body}`;
}

function guide(input: ScaffoldInput): string {
  return mdx(
    `title: ${quote(input.title)}
summary: ${SUMMARY}
phase: ${input.phase ?? 'prepare'}
# Optional: order inside the phase, from 1.
# step: 1
# At least one of: ${INSTRUMENTS.join(', ')}
instruments: [${fill(oneOfText(INSTRUMENTS))}]
# Optional: who the guide is for, any of: ${AUDIENCES.join(', ')}
audience: []
lastReviewed: ${input.today}
owner: ${fill('the organisation or team responsible for the guide')}
# Optional: pages to read next, written collection/slug, e.g. guides/pre-commercial-procurement
related: []
${SOURCES}
changes:
  - date: ${input.today}
    summary: First published.
    type: new`,
    `## Purpose

${PLACEHOLDER}: what the step achieves, in two or three sentences.

## When to use it

${PLACEHOLDER}: the situation in which a procurer needs this guide.

## Steps

1. ${PLACEHOLDER}: the first thing to do, with its source.
`,
  );
}

function example(input: ScaffoldInput): string {
  return mdx(
    `title: ${quote(input.title)}
summary: ${SUMMARY}
status: ${fill(oneOfText(EXAMPLE_STATUSES))}
period:
  start: ${fill('the year the procurement started, without quotes: start: 2019')}
  # end: 2021
# Two-letter ISO codes of the countries that bought together (at least two), or EU alone.
countries:
  - ${fill('a country code such as FR')}
  - ${fill('another country code such as EE')}
# Optional: the buying organisations, each with name and country.
buyers: []
subject: ${fill('what was bought, in a few words')}
securityArea: ${fill(oneOfText(SECURITY_AREAS))}
# Optional: segment slugs, e.g. drones-and-in-drone-technology
segments: []
legalModel: ${fill(oneOfText(LEGAL_MODELS))}
# Optional: ${oneOfText(PROCEDURES)}
# procedure: open
# Optional: what others can learn, one sentence each.
lessons: []
${SOURCES}`,
    `## What was bought

${PLACEHOLDER}: the need, the buyers and what they bought together.

## How it was done

${PLACEHOLDER}: the legal model, the procedure and how the buyers cooperated.
`,
  );
}

function segment(input: ScaffoldInput): string {
  return mdx(
    `title: ${quote(input.title)}
summary: ${SUMMARY}
securityArea: ${fill(oneOfText(SECURITY_AREAS))}
# The analysis cycles (1, 2 or 3) that identified the segment.
cycles:
  - cycle: ${fill('1, 2 or 3, without quotes: cycle: 1')}
    promising: ${fill('true if singled out as most promising for buying together, else false, without quotes')}
# Optional: two-letter codes of the countries interested.
interestedCountries: []
related: []
${SOURCES}`,
    `## The segment

${PLACEHOLDER}: what the segment covers and why buying together helps.
`,
  );
}

function event(input: ScaffoldInput): string {
  return mdx(
    `title: ${quote(input.title)}
summary: ${SUMMARY}
kind: ${fill(oneOfText(EVENT_KINDS))}
# YYYY-MM, YYYY-MM-DD, or a date-time with its offset such as 2024-03-09T09:30+01:00
start: ${fill('when it starts, e.g. 2024-03-09')}
# end: 2024-03-10
# Either {city, country} or {online: true}
location:
  online: true
# organiser: iProcureNet
# Slides, recordings, handouts, or guides covered (ref: guide-slug#section-id). Kinds: ${MATERIAL_KINDS.join(', ')}
materials: []
related: []
${SOURCES}`,
    `## Programme

${PLACEHOLDER}: what the event covered and who it was for.
`,
  );
}

function page(input: ScaffoldInput): string {
  return mdx(
    `title: ${quote(input.title)}
summary: ${SUMMARY}
lastReviewed: ${input.today}`,
    `${PLACEHOLDER}: the text of the page.\n`,
  );
}

function contact(input: ScaffoldInput): string {
  return `# A national contact point (ipnc) or topical group leader (tgl).
role: ${fill('ipnc or tgl')}
country: ${fill('two-letter country code such as FR')}
name: ${quote(input.title)}
organisation: ${fill('the organisation, as published')}
email: ${fill('the published e-mail address')}
# When the entry was last confirmed: YYYY-MM or YYYY-MM-DD.
asOf: ${input.today.slice(0, 7)}
# Required for a topical group leader: the topic they lead.
# topic: Drones
${SOURCES}
`;
}

function glossary(input: ScaffoldInput): string {
  return `- id: ${input.slug}
  term: ${quote(input.title)}
  # expansion: what the acronym stands for
  definition: ${fill('one or two sentences that define the term')}
  related: []
`;
}

function project(input: ScaffoldInput): string {
  return `- id: ${input.slug}
  acronym: ${quote(input.title)}
  # name: the project's full name
  # url: https://…
  relation: ${fill('how the project relates to iProcureNet, in a sentence')}
`;
}

function publication(input: ScaffoldInput): string {
  return `- id: ${input.slug}
  title: ${quote(input.title)}
  date: ${fill('when it was published: YYYY, YYYY-MM or YYYY-MM-DD')}
  # ref: D3.6
  # url: https://…
  summary: ${fill('what it says, in 20 characters or more')}
`;
}

function cycle(input: ScaffoldInput): string {
  return `- id: ${input.slug}
  cycle: ${fill('the cycle number, e.g. 3')}
  identified: ${fill('how many segments the cycle identified')}
  promising: ${fill('how many of them it judged most promising')}
  # listedIn: where the full list is set out, e.g. deliverable D3.6
${SOURCES.replace(/^/gm, '  ')}
`;
}

function template(input: ScaffoldInput): string {
  return `# A document to download and adapt, published at /templates/<file name>/ and as a .docx.
# Every text is plain text (no Markdown or HTML), one paragraph per list item; quote a text that holds ": ".
title: ${quote(input.title)}
summary: ${SUMMARY}
# What the document is for, one paragraph per item.
purpose:
  - ${fill('what the document is for and who uses it')}
# The guide steps that produce it: guides/<guide slug>#<section id> (copy the id from the guide's "For trainers" panel).
when:
  - ${fill('a guide step such as guides/decision-to-cooperate#documents-you-produce')}
# The provisions it rests on.
legalBasis:
  - provision: ${fill('the act and article, e.g. Directive 2014/24/EU, Article 39(4)')}
    explanation: ${fill('what the provision requires or allows, in your own words')}
# ${oneOfText(TEMPLATE_STATUSES)}: proposed (written from public sources) or tested (used in a real procedure)
status: proposed
lastReviewed: ${input.today}
owner: ${fill('the organisation or team responsible for the template')}
sections:
  - heading: ${fill('a short heading, e.g. Parties')}
    # Advice to whoever fills the section in; not part of the document they sign.
    guidance:
      - ${fill('what to write here and why, with its source')}
    # Text to adapt; write {field-name} where something is filled in, naming a field below.
    wording:
      - ${fill('model wording such as: This agreement is made between {parties}.')}
    # Each field: name (lowercase-with-hyphens, as in the wording), label, kind (${FIELD_KINDS.join(', ')}), optional hint.
    fields:
      - name: parties
        label: Parties
        kind: list
        hint: ${fill('what to write in the field')}
    # Optional tables: a worked example with rows, or a form to fill in without rows.
    tables: []
${SOURCES}
changes:
  - date: ${input.today}
    summary: First published.
    type: new
`;
}

/** A source in EUR-Lex, its fields at `indent`; as the first item of a list when `item` is set. */
function eurLexSource(indent: string, item = false): string {
  const first = item ? `${indent.slice(2)}- ` : indent;
  return `${first}title: ${fill('the act and article, e.g. Directive 2014/24/EU on public procurement, Article 39')}
${indent}url: ${fill('its EUR-Lex address, starting with https://eur-lex.europa.eu/')}
${indent}publisher: Official Journal of the European Union`;
}

function decision(input: ScaffoldInput): string {
  return `# A decision aid: one question per page; each answer leads to another question or to an outcome.
# Ids are lowercase words joined by hyphens. An answer's id becomes part of the page's address.
title: ${quote(input.title)}
summary: ${SUMMARY}
intro: ${fill('who the aid is for and what it asks, in plain text')}
# The id of the first question.
start: first-question
questions:
  first-question:
    text: ${fill('the question, e.g. Who will run the procedure?')}
    options:
      first-answer:
        label: ${fill('the first answer as the reader reads it')}
        # The id of the question or outcome this answer leads to.
        next: first-outcome
      second-answer:
        label: ${fill('the second answer')}
        next: second-outcome
outcomes:
  first-outcome:
    title: ${fill('the result in a few words')}
    text: ${fill('what the result means and why, in plain text')}
    sources:
${eurLexSource('        ', true)}
    # Pages to read next: guides/<slug>, examples/<slug> or templates/<slug>.
    next: []
  second-outcome:
    title: ${fill('the result in a few words')}
    text: ${fill('what the result means and why, in plain text')}
    sources:
${eurLexSource('        ', true)}
    next: []
changes:
  - date: ${input.today}
    summary: First published.
    type: new
`;
}

/** The whole of content/site.yaml: the settings are one entry, so a new one is a new file, never an appended item. */
function site(): string {
  return `# Who runs this site and how to reach them; read by the footer, About, accessibility and privacy pages.
- id: site
  publisher: ${fill('who publishes the site, as readers should name it')}
  # publisherUrl: https://…
  email: ${fill('the e-mail address readers can write to')}
  legalNotice: ${fill('who publishes the site and what they answer for, in full sentences')}
  dataController:
    name: ${fill('who decides what happens to personal data sent to the publisher')}
    email: ${fill('their e-mail address')}
  funding:
    statement: ${fill('the funding statement, naming the programme and grant agreement')}
    disclaimer: ${fill("the disclaimer: the content reflects only the authors' view")}
${SOURCES.replace(/^/gm, '  ')}
`;
}

function timeline(input: ScaffoldInput): string {
  return `# The statutory minimum time limits of one procedure, and a worked timeline built from them.
title: ${quote(input.title)}
summary: ${SUMMARY}
# One of ${DIRECTIVES.join(', ')}
directive: ${fill(oneOfText(DIRECTIVES))}
article: ${fill('the article that sets up the procedure, e.g. Article 27')}
limits:
  tenders:
    label: Receipt of tenders
    from: ${fill('the event the days count from, e.g. the date the contract notice is sent')}
    days: ${fill('the minimum in calendar days, without quotes: days: 35')}
    article: ${fill('the article, e.g. Article 27(1)')}
    source:
${eurLexSource('      ')}
    # Other minimums in particular cases, each with "to:" (becomes N days) or "by:" (shortened by N days).
    variants: {}
# Other rules on time limits: [{ text, article, source }]
rules: []
worked:
  scenario: ${fill('the joint procedure the worked timeline follows, in plain text')}
  phases:
    - from: ${fill('the event day 0 of the phase is, e.g. The lead buyer sends the contract notice')}
      steps:
        - limit: tenders
changes:
  - date: ${input.today}
    summary: First published.
    type: new
`;
}

const TEMPLATES: Record<CollectionName, (input: ScaffoldInput) => string> = {
  decisions: decision,
  timelines: timeline,
  guides: guide,
  examples: example,
  segments: segment,
  events: event,
  pages: page,
  templates: template,
  contacts: contact,
  glossary,
  projects: project,
  publications: publication,
  cycles: cycle,
  site,
};

/** The file to write (or the item to append) for a new entry. */
export function scaffold(input: ScaffoldInput): Scaffold {
  const spec = collections[input.collection];
  const text = TEMPLATES[input.collection](input);
  if (input.collection === 'site') return { file: spec.path, text, append: false };
  if (spec.kind === 'list') return { file: spec.path, text, append: true };
  const extension = spec.pattern.endsWith('.yaml') ? 'yaml' : 'mdx';
  const folder = input.collection === 'guides' ? `${spec.path}/${input.phase ?? 'prepare'}` : spec.path;
  return { file: `${folder}/${input.slug}.${extension}`, text, append: false };
}
