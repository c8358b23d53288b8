/**
 * Reads an MDX body and keeps what the other checks need: its problems, links
 * and headings. The build's renderer parses and renders it once, and every
 * one of these comes from that one parse: the safe-MDX problems are what the
 * renderer refused (src/pipeline/render/sanitize.ts holds the rules), the
 * links are the addresses it found written, and the template text left in is
 * found in the same tree. Results are cached on disk by the body's hash, and a
 * change to the code that reads bodies empties the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import type { Problem } from '../problems.ts';
import { PLACEHOLDER } from '../placeholders.ts';
import { at, type Where } from './where.ts';
import { renderBody, type Heading, type Link, type RenderContext } from '../render/index.ts';
import { anchorsOf, renderKey, type SiteRenderContext } from '../render/context.ts';
import { rendererVersion } from '../render/code-version.ts';
import { glossaryMatcher } from '../../lib/glossary-marking.ts';

export interface BodyAnalysis {
  /** Problems found in the body alone, located as if the body started on line 1 of a file named "". */
  problems: Problem[];
  /** Every address the body writes, with body-relative positions; empty when MDX could not read the body. */
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
  const problems: Problem[] = rendering.problems.map((p) => ({ ...p, file: ORIGIN.file }));
  // Only a body that holds the template marker somewhere needs its text nodes read.
  if (rendering.source && body.includes(PLACEHOLDER))
    visit(rendering.source, 'text', (node) => {
      if (node.value.includes(PLACEHOLDER)) {
        const instruction = node.value
          .slice(node.value.indexOf(PLACEHOLDER) + PLACEHOLDER.length)
          .replace(/^[:\s]+/, '');
        problems.push({
          ...at(ORIGIN, node.position?.start),
          field: 'body',
          message: 'the text still holds template text',
          hint: instruction || 'write the real text',
        });
      }
    });
  return { problems, links: rendering.links, headings: rendering.headings };
}

/** Moves body-relative problems to their place in the file. */
export function placeProblems(problems: readonly Problem[], where: Where): Problem[] {
  return problems.map((p) => ({ ...p, file: where.file, line: p.line + where.bodyLine - 1 }));
}

/** What a body's analysis depends on: this file, the placeholder marker and the renderer's code. */
function codeVersion(): string {
  const hash = createHash('sha1');
  for (const source of [new URL('body.ts', import.meta.url), new URL('../placeholders.ts', import.meta.url)])
    hash.update(readFileSync(fileURLToPath(source)));
  hash.update(rendererVersion());
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
