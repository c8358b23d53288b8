/**
 * `npm run new`: starts a new entry from a template.
 *
 *   npm run new                                   asks for the collection and title
 *   npm run new -- example --title "Joint purchase of drones"
 *   npm run new -- guide --phase tender --title "Award the contract"
 *
 * Derives a free slug from the title, writes the file (or appends the item to a
 * list file), and prints its path and the fields still to fill in; then
 * `npm run check` lists each remaining "FILL IN" with what to write.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/lib/config.ts';
import { readContent } from '../src/pipeline/read.ts';
import { placeholdersOf, PLACEHOLDER } from '../src/pipeline/placeholders.ts';
import { scaffold, slugify, uniqueSlug } from './lib/scaffold.ts';
import { COLLECTION_NAMES, PHASES, type CollectionName } from '../src/schemas/index.ts';
import { parseDocument } from 'yaml';

/** What people type: `example`, `examples`, `guide`, `term`… */
const ALIASES: Record<string, CollectionName> = {
  guide: 'guides',
  example: 'examples',
  segment: 'segments',
  event: 'events',
  page: 'pages',
  template: 'templates',
  contact: 'contacts',
  term: 'glossary',
  project: 'projects',
  publication: 'publications',
  decision: 'decisions',
  timeline: 'timelines',
};
const USAGE = `Usage: npm run new -- <collection> --title "Title" [--phase ${PHASES.join('|')}] [--slug slug]
Collections: ${Object.keys(ALIASES).join(', ')}`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

function collectionOf(word: string | undefined): CollectionName | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  return (
    ALIASES[lower] ?? ((COLLECTION_NAMES as string[]).find((name) => name === lower) as CollectionName | undefined)
  );
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    title: { type: 'string', short: 't' },
    phase: { type: 'string' },
    slug: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(question: string, choices?: readonly string[]): Promise<string> {
  if (!prompt) return '';
  for (;;) {
    const answer = (await prompt.question(`${question}${choices ? ` (${choices.join(', ')})` : ''}: `)).trim();
    if (answer && (!choices || choices.includes(answer) || collectionOf(answer))) return answer;
    console.log(choices ? `Please type one of: ${choices.join(', ')}` : 'Please type an answer.');
  }
}

let collection = collectionOf(positionals[0]);
if (positionals[0] && !collection) fail(`"${positionals[0]}" is not a collection.`);
collection ??= collectionOf(await ask('What do you want to add', Object.keys(ALIASES)));
if (!collection) fail('Say what to add.');

// The site settings are one entry with a fixed id: nothing to name.
const title =
  (collection === 'site' ? 'site' : values.title?.trim()) ||
  (await ask(
    collection === 'contacts' ? 'Name of the person' : collection === 'glossary' ? 'The term, e.g. JCBPP' : 'Title',
  ));
if (!title) fail('Give a title with --title "…".');

let phase = values.phase as (typeof PHASES)[number] | undefined;
if (collection === 'guides') {
  phase ??= (await ask('Phase', PHASES)) as (typeof PHASES)[number];
  if (!phase || !PHASES.includes(phase)) fail(`Give the guide's phase with --phase, one of: ${PHASES.join(', ')}.`);
}
prompt?.close();

const { contentDir } = readConfig();
const taken = new Set(
  readContent(contentDir)
    .entries.filter((entry) => entry.collection === collection)
    .map((entry) => entry.slug),
);
const base = values.slug ?? slugify(title);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(base))
  fail(`Cannot make a slug from "${title}"; give one with --slug, in lowercase letters, digits and hyphens.`);
const slug = uniqueSlug(base, taken);
const today = new Date().toISOString().slice(0, 10);
const result = scaffold(phase ? { collection, title, slug, today, phase } : { collection, title, slug, today });
const path = join(contentDir, result.file);

let firstLine = 1;
if (result.append) {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const separator = before === '' || before.endsWith('\n') ? '' : '\n';
  firstLine = before === '' ? 1 : (before + separator).split('\n').length;
  appendFileSync(path, `${separator}${result.text}`);
} else {
  if (existsSync(path)) fail(`${relative(process.cwd(), path)} already exists.`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, result.text);
}

// A YAML file (a contact, a template, the settings) is all data; an MDX file's data is its frontmatter, and its body has instructions of its own.
const hasBody = result.file.endsWith('.mdx');
const frontmatter = hasBody ? (/^---\n([\s\S]*?)\n---/.exec(result.text)?.[1] ?? '') : result.text;
const parsed = parseDocument(frontmatter).toJS() as unknown;
const item = Array.isArray(parsed) ? parsed[0] : parsed;
const toFill = placeholdersOf(item);
const where = relative(process.cwd(), path);
console.log(
  `${result.append ? 'Added' : 'Created'} ${where}${result.append ? ` (from line ${firstLine})` : ''}, slug "${slug}".`,
);
console.log(`\nFill in ${toFill.length} field${toFill.length === 1 ? '' : 's'} marked ${PLACEHOLDER}:`);
for (const [field, instruction] of toFill) console.log(`  ${field.join('.')}: ${instruction}`);
if (hasBody) console.log(`and replace the ${PLACEHOLDER} lines in the text below the frontmatter.`);
console.log(`\nThen run npm run check: it lists whatever is still missing, with the file and line.`);
