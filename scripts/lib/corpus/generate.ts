/**
 * A synthetic but realistic corpus for the benchmark: N entries of every page
 * collection in proportion, with long guides (headings, GFM tables, lists,
 * cross-references), all valid under the content schemas. Deterministic: the
 * same size and seed always give the same files, so runs compare.
 */
import { AUDIENCES, INSTRUMENTS, PHASES } from '../../../src/schemas/guides.ts';
import { EXAMPLE_STATUSES, LEGAL_MODELS, PROCEDURES } from '../../../src/schemas/examples.ts';
import { EVENT_KINDS } from '../../../src/schemas/events.ts';
import { SECURITY_AREAS } from '../../../src/schemas/shared.ts';

export interface CorpusFile {
  /** Path relative to the content root, e.g. `guides/prepare/joint-needs-12.mdx`. */
  path: string;
  content: string;
}

export interface CorpusOptions {
  /** Entries in all page and contact collections together. */
  entries: number;
  seed?: number;
  /** Slugs of free-standing pages to generate, so the site's footer links resolve (e.g. about, join). */
  pages?: readonly string[];
  /**
   * Every entry a guide: the corpus the bench builds side by side with
   * Starlight, which has no examples, events or contact points to build.
   */
  guidesOnly?: boolean;
}

/** Share of each collection in the corpus; the order matters, as leftovers go to the first. */
export const PROPORTIONS = [
  ['guides', 0.4],
  ['examples', 0.25],
  ['events', 0.15],
  ['segments', 0.1],
  ['contacts', 0.1],
] as const;

/** mulberry32: a tiny, fast, seeded generator; `Math.random` cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many entries of each collection a corpus of `entries` has. */
export function collectionSizes(entries: number, guidesOnly = false): Record<(typeof PROPORTIONS)[number][0], number> {
  if (guidesOnly) return { guides: entries, examples: 0, events: 0, segments: 0, contacts: 0 };
  const sizes = Object.fromEntries(PROPORTIONS.map(([name, share]) => [name, Math.floor(entries * share)])) as Record<
    (typeof PROPORTIONS)[number][0],
    number
  >;
  const rest = entries - Object.values(sizes).reduce((a, b) => a + b, 0);
  sizes.guides += rest;
  // Examples need segments to point at, and events need guides.
  if (entries >= 3) {
    for (const name of ['segments', 'guides'] as const) {
      if (sizes[name] === 0) {
        sizes[name] = 1;
        if (sizes.guides > 1) sizes.guides--;
        else sizes.examples--;
      }
    }
  }
  return sizes;
}

const NOUNS = [
  'procurement',
  'buyer',
  'supplier',
  'tender',
  'contract',
  'market',
  'consultation',
  'budget',
  'requirement',
  'specification',
  'framework',
  'agreement',
  'authority',
  'consortium',
  'partner',
  'procedure',
  'evaluation',
  'award',
  'criterion',
  'risk',
  'innovation',
  'prototype',
  'pilot',
  'solution',
  'end-user',
  'capability',
  'drone',
  'sensor',
  'radio',
  'vehicle',
  'border',
  'port',
  'emergency',
  'firefighting',
  'forensics',
  'cybersecurity',
  'training',
  'interoperability',
  'standard',
  'licence',
  'warranty',
  'lot',
  'deadline',
  'language',
  'law',
];
const VERBS = [
  'defines',
  'aligns',
  'shares',
  'publishes',
  'negotiates',
  'compares',
  'documents',
  'reviews',
  'plans',
  'tests',
  'evaluates',
  'signs',
  'prepares',
  'agrees on',
  'records',
];
const ADJECTIVES = [
  'joint',
  'cross-border',
  'national',
  'common',
  'early',
  'open',
  'detailed',
  'realistic',
  'shared',
  'legal',
  'technical',
  'public',
  'innovative',
  'practical',
  'clear',
];
const CITIES: [string, string][] = [
  ['Paris', 'FR'],
  ['Madrid', 'ES'],
  ['Tallinn', 'EE'],
  ['Vilnius', 'LT'],
  ['Sofia', 'BG'],
  ['Lisbon', 'PT'],
  ['Bucharest', 'RO'],
  ['Bratislava', 'SK'],
  ['Nicosia', 'CY'],
  ['Brussels', 'BE'],
  ['Vienna', 'AT'],
  ['Rome', 'IT'],
];
const COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];
// The enumerations come from the schemas, so the corpus stays valid as the content model changes.
const STATUSES = EXAMPLE_STATUSES;
const AREAS = SECURITY_AREAS;
const SECTIONS = [
  'Purpose',
  'When to use it',
  'Who is involved',
  'Steps',
  'Legal basis',
  'Costs and timing',
  'Risks',
  'Lessons from practice',
  'Checklist',
  'Further reading',
];

class Writer {
  readonly random: () => number;
  constructor(seed: number) {
    this.random = seededRandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }
  some<T>(list: readonly T[], min: number, max: number): T[] {
    const pool = [...list];
    const count = Math.min(pool.length, this.int(min, max));
    const chosen: T[] = [];
    for (let i = 0; i < count; i++) chosen.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0] as T);
    return chosen;
  }
  sentence(): string {
    const words = [
      this.pick(['The', 'Each', 'A', 'Every']),
      this.pick(ADJECTIVES),
      this.pick(NOUNS),
      this.pick(VERBS),
      'the',
      this.pick(ADJECTIVES),
      this.pick(NOUNS),
    ];
    for (let i = this.int(0, 3); i > 0; i--)
      words.push(this.pick(['before', 'with', 'for', 'after', 'under']), 'the', this.pick(NOUNS));
    return `${words.join(' ')}.`;
  }
  paragraph(sentences = this.int(3, 6)): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }
  title(words: number): string {
    const text = Array.from({ length: words }, (_, i) => (i % 2 === 0 ? this.pick(ADJECTIVES) : this.pick(NOUNS))).join(
      ' ',
    );
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  day(from = 2019, to = 2026): string {
    return `${this.int(from, to)}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const yamlString = (text: string) => JSON.stringify(text);

function sourcesYaml(w: Writer, withUrl: boolean): string {
  return Array.from({ length: w.int(1, 3) }, (_, i) => {
    const lines = [`  - title: ${yamlString(`${w.title(3)} report ${i + 1}`)}`];
    if (withUrl || w.random() < 0.7) lines.push(`    url: https://www.example.org/sources/${w.int(1, 99999)}`);
    lines.push('    publisher: iProcureNet consortium', `    date: ${w.int(2019, 2025)}`);
    return lines.join('\n');
  }).join('\n');
}

function list(name: string, values: readonly string[]): string {
  return values.length === 0 ? `${name}: []` : `${name}:\n${values.map((v) => `  - ${v}`).join('\n')}`;
}

function summary(w: Writer, what: string): string {
  return `${what}: ${w.paragraph(2)}`
    .slice(0, 280)
    .replace(/[<>*_`[\]]/g, '')
    .replace(/\s+\S*$/, '.');
}

/** A guide body of 800 to 1,500 words: sections, sub-sections, lists, a GFM table and links to other entries. */
function guideBody(w: Writer, links: readonly string[]): { body: string; anchors: string[] } {
  const target = w.int(800, 1500);
  const parts: string[] = [];
  const anchors: string[] = [];
  let words = 0;
  for (let s = 0; words < target; s++) {
    const heading = `${SECTIONS[s % SECTIONS.length]}${s >= SECTIONS.length ? ` ${Math.floor(s / SECTIONS.length) + 1}` : ''}`;
    anchors.push(heading.toLowerCase().replace(/\s+/g, '-'));
    const section: string[] = [`## ${heading}`, w.paragraph()];
    if (s % 3 === 1) section.push(Array.from({ length: w.int(3, 6) }, () => `- ${w.sentence()}`).join('\n'));
    if (s % 4 === 2) {
      const rows = Array.from(
        { length: w.int(3, 6) },
        () => `| ${w.title(2)} | ${w.pick(NOUNS)} | ${w.int(1, 36)} months |`,
      );
      section.push(['| Step | Owner | Typical duration |', '| --- | --- | --- |', ...rows].join('\n'));
    }
    if (s % 3 === 2)
      section.push(
        `### ${w.title(3)}`,
        w.paragraph(),
        Array.from({ length: w.int(2, 4) }, (_, i) => `${i + 1}. ${w.sentence()}`).join('\n'),
      );
    const link = links.length > 0 ? w.pick(links) : undefined;
    if (link) section.push(`${w.sentence()} See [${w.title(2).toLowerCase()}](${link}) for details.`);
    const text = section.join('\n\n');
    words += wordCount(text);
    parts.push(text);
  }
  return { body: parts.join('\n\n'), anchors };
}

/**
 * Every file of a corpus of `entries` entries. Besides the entries it writes
 * the list collections (a small glossary, projects and publications) and the
 * free-standing pages named in `pages`.
 */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const w = new Writer(options.seed ?? 1);
  const sizes = collectionSizes(options.entries, options.guidesOnly);
  const files: CorpusFile[] = [];
  const pad = (i: number) => String(i + 1).padStart(5, '0');
  const segmentSlugs = Array.from({ length: sizes.segments }, (_, i) => `segment-${pad(i)}`);
  const guideSlugs = Array.from({ length: sizes.guides }, (_, i) => `guide-${pad(i)}`);
  const exampleSlugs = Array.from({ length: sizes.examples }, (_, i) => `example-${pad(i)}`);
  const guideAnchors = new Map<string, string[]>();
  const relatedRefs = () => [
    ...w.some(guideSlugs, 1, 3).map((s) => `guides/${s}`),
    ...w.some(segmentSlugs, 0, 1).map((s) => `segments/${s}`),
    ...w.some(exampleSlugs, 0, 2).map((s) => `examples/${s}`),
  ];

  guideSlugs.forEach((slug, i) => {
    const phase = PHASES[i % PHASES.length] ?? 'prepare';
    const links = [
      ...w.some(guideSlugs, 2, 4).map((s) => `/toolbox/${s}/`),
      ...w.some(exampleSlugs, 0, 2).map((s) => `/examples/${s}/`),
    ];
    const { body, anchors } = guideBody(w, links);
    guideAnchors.set(slug, anchors);
    const frontmatter = [
      `title: ${yamlString(`${w.title(4)} (${i + 1})`)}`,
      `summary: ${yamlString(summary(w, 'A toolbox guide'))}`,
      `phase: ${phase}`,
      `step: ${Math.floor(i / PHASES.length) + 1}`,
      `instruments: [${w.some(INSTRUMENTS, 1, 3).join(', ')}]`,
      `audience: [${w.some(AUDIENCES, 1, 3).join(', ')}]`,
      `lastReviewed: ${w.day(2025, 2026)}`,
      'owner: iProcureNet Knowledge Factory editors',
      list(
        'related',
        relatedRefs().filter((ref) => ref !== `guides/${slug}`),
      ),
      `sources:\n${sourcesYaml(w, false)}`,
      `changes:\n  - date: ${w.day(2024, 2025)}\n    summary: First published.\n    type: new`,
    ];
    files.push({ path: `guides/${phase}/${slug}.mdx`, content: `---\n${frontmatter.join('\n')}\n---\n\n${body}\n` });
  });

  segmentSlugs.forEach((slug, i) => {
    const frontmatter = [
      `title: ${yamlString(`${w.title(3)} segment (${i + 1})`)}`,
      `summary: ${yamlString(summary(w, 'A market segment'))}`,
      `securityArea: ${w.pick(AREAS)}`,
      `cycles:\n  - cycle: ${w.int(1, 3)}\n    promising: ${w.random() < 0.5}\n    rank: ${w.int(1, 20)}`,
      `interestedCountries: [${w.some(COUNTRIES, 0, 5).join(', ')}]`,
      list('related', relatedRefs()),
      `sources:\n${sourcesYaml(w, false)}`,
    ];
    const body = [
      `## Why buy together`,
      w.paragraph(),
      `## What is on the market`,
      w.paragraph(),
      Array.from({ length: 4 }, () => `- ${w.sentence()}`).join('\n'),
    ].join('\n\n');
    files.push({ path: `segments/${slug}.mdx`, content: `---\n${frontmatter.join('\n')}\n---\n\n${body}\n` });
  });

  exampleSlugs.forEach((slug, i) => {
    const start = w.int(2005, 2024);
    const countries = w.some(COUNTRIES, 2, 5);
    const frontmatter = [
      `title: ${yamlString(`${w.title(3)} joint purchase (${i + 1})`)}`,
      `summary: ${yamlString(summary(w, 'A documented joint procurement'))}`,
      `status: ${w.pick(STATUSES)}`,
      `period:\n  start: ${start}\n  end: ${start + w.int(0, 4)}`,
      `countries: [${countries.join(', ')}]`,
      `buyers:\n${countries.map((c) => `  - name: ${yamlString(`${w.title(2)} authority`)}\n    country: ${c}`).join('\n')}`,
      `subject: ${yamlString(`${w.pick(ADJECTIVES)} ${w.pick(NOUNS)} equipment`)}`,
      `securityArea: ${w.pick(AREAS)}`,
      `segments: [${w.some(segmentSlugs, 1, 2).join(', ')}]`,
      `legalModel: ${w.pick(LEGAL_MODELS)}`,
      `procedure: ${w.pick(PROCEDURES)}`,
      `value:\n  amount: ${w.int(1, 900) * 100000}\n  currency: EUR`,
      list('lessons', [yamlString(w.sentence()), yamlString(w.sentence())]),
      `sources:\n${sourcesYaml(w, true)}`,
    ];
    const body = [
      `## What was bought`,
      w.paragraph(),
      `## How the buyers worked together`,
      w.paragraph(),
      `## Results`,
      w.paragraph(),
    ].join('\n\n');
    files.push({ path: `examples/${slug}.mdx`, content: `---\n${frontmatter.join('\n')}\n---\n\n${body}\n` });
  });

  for (let i = 0; i < sizes.events; i++) {
    const guide = w.pick(guideSlugs);
    const anchor = w.pick(guideAnchors.get(guide) ?? ['purpose']);
    const start = w.day(2019, 2026);
    const [city, country] = w.pick(CITIES);
    const online = w.random() < 0.4;
    const frontmatter = [
      `title: ${yamlString(`${w.title(3)} ${w.pick(EVENT_KINDS)} (${i + 1})`)}`,
      `summary: ${yamlString(summary(w, 'An iProcureNet event'))}`,
      `kind: ${w.pick(EVENT_KINDS)}`,
      `start: ${yamlString(start)}`,
      online ? 'location:\n  online: true' : `location:\n  city: ${city}\n  country: ${country}`,
      `materials:\n  - kind: page\n    title: ${yamlString(w.title(3))}\n    ref: ${guide}#${anchor}\n  - kind: slides\n    title: ${yamlString(w.title(3))}\n    url: https://www.example.org/slides/${i + 1}.pdf`,
      list('related', relatedRefs()),
      `sources:\n${sourcesYaml(w, false)}`,
    ];
    const body = [
      `## What happened`,
      w.paragraph(),
      `## Take-aways`,
      Array.from({ length: 3 }, () => `- ${w.sentence()}`).join('\n'),
    ].join('\n\n');
    files.push({ path: `events/event-${pad(i)}.mdx`, content: `---\n${frontmatter.join('\n')}\n---\n\n${body}\n` });
  }

  for (let i = 0; i < sizes.contacts; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] ?? 'FR';
    const tgl = i >= COUNTRIES.length;
    const content = [
      `role: ${tgl ? 'tgl' : 'ipnc'}`,
      `country: ${country}`,
      `name: ${yamlString(`${w.title(1)} Person ${i + 1}`)}`,
      `organisation: ${yamlString(`${w.title(2)} agency`)}`,
      `email: contact-${i + 1}@example.org`,
      `asOf: ${w.int(2022, 2025)}-${String(w.int(1, 12)).padStart(2, '0')}`,
      ...(tgl ? [`topic: ${yamlString(w.title(2))}`] : []),
      `sources:\n${sourcesYaml(w, false)}`,
    ];
    files.push({ path: `contacts/contact-${pad(i)}.yaml`, content: `${content.join('\n')}\n` });
  }

  for (const slug of options.pages ?? []) {
    const body = [`## ${w.title(2)}`, w.paragraph(), w.paragraph()].join('\n\n');
    files.push({
      path: `pages/${slug}.mdx`,
      content: `---\ntitle: ${yamlString(w.title(2))}\nsummary: ${yamlString(summary(w, 'A page about the network'))}\n---\n\n${body}\n`,
    });
  }

  const terms = ['jcbpp', 'pcp', 'ppi', 'ipnc', 'tgl', 'cpb'];
  files.push({
    path: 'glossary.yaml',
    content: terms
      .map(
        (id) =>
          `- id: ${id}\n  term: ${id.toUpperCase()}\n  expansion: ${yamlString(w.title(3))}\n  definition: ${yamlString(w.paragraph(2))}`,
      )
      .join('\n'),
  });
  files.push({
    path: 'projects.yaml',
    content: `- id: synthetic-project\n  acronym: SYNTH\n  relation: ${yamlString(w.paragraph(1))}\n`,
  });
  files.push({
    path: 'publications.yaml',
    content: `- id: synthetic-report\n  title: Synthetic report\n  date: 2024-05\n  summary: ${yamlString(w.paragraph(2))}\n`,
  });
  const identified = Math.max(sizes.segments, 1);
  files.push({
    path: 'segment-cycles.yaml',
    content: `- id: cycle-1\n  cycle: 1\n  identified: ${identified}\n  promising: ${Math.min(3, identified)}\n  sources:\n${sourcesYaml(w, true)}\n`,
  });
  // Every page's footer reads the site settings, so a corpus without them would build lighter pages than the site.
  files.push({
    path: 'site.yaml',
    content: `- id: site\n  publisher: Synthetic network\n  email: contact@example.org\n  legalNotice: ${yamlString(w.paragraph(2))}\n  dataController:\n    name: Synthetic network\n    email: contact@example.org\n  funding:\n    statement: ${yamlString(w.paragraph(1))}\n    disclaimer: ${yamlString(w.paragraph(1))}\n  sources:\n${sourcesYaml(w, true)}\n`,
  });
  return files;
}
