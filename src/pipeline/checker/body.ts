/**
 * Reads an MDX body and keeps what the other checks need: its safe-MDX and
 * placeholder problems, its links and headings. Sätteri parses it (for the
 * rules) and the renderer renders it (for what the build would refuse);
 * results are cached on disk by the body's hash, and a change to the checker's
 * own code empties the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import type { Problem } from '../problems.ts';
import { PLACEHOLDER } from '../placeholders.ts';
import { at, parseBody, type Where } from './parse.ts';
import { mdxProblems } from './mdx-rules.ts';
import { linksOf, type Link } from './links.ts';
import { renderBody, type Heading, type RenderContext } from '../render/index.ts';
import { anchorsOf, renderKey, type SiteRenderContext } from '../render/context.ts';
import { judgeUrl, URL_HINT } from '../render/url.ts';
import { glossaryMatcher } from '../../lib/glossary-marking.ts';

export interface BodyAnalysis {
  /** Problems found in the body alone, located as if the body started on line 1 of a file named "". */
  problems: Problem[];
  /** Link targets, with body-relative positions; undefined when MDX could not read the body. */
  links: Link[];
  /** Headings with the ids the page will give them; empty when the body cannot be rendered. */
  headings: Heading[];
}

/** What the renderer made of a body that has no problems: what the build's content loaders store. */
export interface Rendering {
  html: string;
  headings: Heading[];
}

/**
 * Problems and headings do not depend on the base path or the glossary, so a check on its own renders with
 * these; a build's check renders with the site's own settings and hands the HTML to the content loaders.
 */
const NEUTRAL: SiteRenderContext = { base: '/', glossary: glossaryMatcher([]), key: 'neutral' };

/** The renderer's problems that the safe-MDX rules have not already reported on the same line. */
function withoutRepeats(rendered: readonly Problem[], reported: readonly Problem[]): Problem[] {
  const seen = new Set(reported.map((p) => `${p.line}\0${p.field}`));
  return rendered.filter((p) => !seen.has(`${p.line}\0${p.field}`));
}

const ORIGIN: Where = { file: '', bodyLine: 1 };

/** Everything the body says on its own, before any other entry is looked at; `onRendered` receives its HTML. */
export function analyseBody(
  body: string,
  context: RenderContext = NEUTRAL,
  onRendered?: (rendering: Rendering) => void,
): BodyAnalysis {
  // The build's own renderer: whatever it cannot render is a problem here too, so a body that passes the check renders.
  const rendering = renderBody(body, context);
  if (rendering.problems.length === 0) onRendered?.({ html: rendering.html, headings: rendering.headings });
  const rendered: Problem[] = rendering.problems.map((p) => ({ ...p, file: ORIGIN.file }));
  const { tree, problem } = parseBody(body, ORIGIN);
  if (!tree) return { problems: problem ? [problem] : rendered, links: [], headings: [] };
  const problems = mdxProblems(tree, ORIGIN);
  const links = linksOf(tree);
  // Every address written, used or not (a reference definition, an autolink, a component prop), passes the same allow-list as a rendered link.
  for (const link of links) {
    const verdict = judgeUrl(link.url);
    if (!verdict.ok)
      problems.push({
        file: ORIGIN.file,
        line: link.line,
        column: link.column,
        field: 'mdx:url-scheme',
        message: `the address "${link.url}" is not allowed: ${verdict.reason}`,
        hint: URL_HINT,
      });
  }
  visit(tree, 'text', (node) => {
    if (node.value.includes(PLACEHOLDER)) {
      const instruction = node.value.slice(node.value.indexOf(PLACEHOLDER) + PLACEHOLDER.length).replace(/^[:\s]+/, '');
      problems.push({
        ...at(ORIGIN, node.position?.start),
        field: 'body',
        message: 'the text still holds template text',
        hint: instruction || 'write the real text',
      });
    }
  });
  problems.push(...withoutRepeats(rendered, problems));
  return { problems, links, headings: rendering.headings };
}

/** Moves body-relative problems to their place in the file. */
export function placeProblems(problems: readonly Problem[], where: Where): Problem[] {
  return problems.map((p) => ({ ...p, file: where.file, line: p.line + where.bodyLine - 1 }));
}

/** Checker source files whose change must empty the cache. */
const SOURCES = [
  'body.ts',
  'parse.ts',
  'mdx-rules.ts',
  'links.ts',
  '../render/index.ts',
  '../render/sanitize.ts',
  '../render/allow-list.ts',
  '../render/components.ts',
  '../render/url.ts',
  '../render/literal.ts',
  '../render/jsx-attributes.ts',
  '../render/mdx-syntax.ts',
  '../render/limits.ts',
  '../../schemas/site-ids.ts',
  '../../schemas/claims.ts',
  '../render/heading-links.ts',
  '../render/glossary-abbr.ts',
  '../render/image-alt.ts',
];

function codeVersion(): string {
  const hash = createHash('sha1');
  for (const name of SOURCES) hash.update(readFileSync(fileURLToPath(new URL(name, import.meta.url))));
  return hash.digest('hex');
}

/**
 * A cache of body analyses in one JSON file, e.g. node_modules/.astro/kf-checker.json, keyed by the rendering
 * (body, anchors and the render settings). The HTML of the bodies rendered in this run is kept in memory only
 * (renderings()): between builds, Astro's content store keeps it.
 */
export class BodyCache {
  private readonly file: string | undefined;
  private readonly version: string;
  private readonly context: SiteRenderContext;
  private entries = new Map<string, BodyAnalysis>();
  private used = new Map<string, BodyAnalysis>();
  private readonly rendered = new Map<string, Rendering>();

  constructor(file?: string, context: SiteRenderContext = NEUTRAL) {
    this.file = file;
    this.context = context;
    this.version = codeVersion();
    if (!file || !existsSync(file)) return;
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as {
        version: string;
        entries: Record<string, BodyAnalysis>;
      };
      if (saved.version === this.version) this.entries = new Map(Object.entries(saved.entries));
    } catch {
      // A damaged cache is rebuilt.
    }
  }

  /** `data` is the entry's frontmatter, for its anchor aliases. */
  analyse(body: string, data?: unknown): BodyAnalysis {
    const key = renderKey(body, data, this.context);
    const analysis =
      this.used.get(key) ??
      this.entries.get(key) ??
      analyseBody(body, { ...this.context, anchors: anchorsOf(data) }, (rendering) =>
        this.rendered.set(key, rendering),
      );
    this.used.set(key, analysis);
    return analysis;
  }

  /** The bodies rendered in this run, by renderKey(), ready for the content loaders. */
  renderings(): Map<string, Rendering> {
    return this.rendered;
  }

  /** Writes the analyses used in this run only, so bodies that no longer exist drop out. */
  save(): void {
    if (!this.file) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(this.file, JSON.stringify({ version: this.version, entries: Object.fromEntries(this.used) }));
    } catch {
      // The cache is an optimisation; a read-only folder only costs time.
    }
  }
}
