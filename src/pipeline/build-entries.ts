/**
 * The valid entries of one build, validated once. The content check, which
 * opens the build, leaves its entries here; hooks at the end of the build
 * (search records, redirect pages) reuse them instead of reading and
 * validating every file again, which cost seconds per hook at 10,000 entries.
 * One is made per site by knowledgeFactory() (src/integrations/index.ts) and
 * handed to the integrations that need it: the state lives in that closure,
 * not in a module-wide registry.
 */
import { validateContent, type ValidEntry } from './validate.ts';

export class BuildEntries {
  private readonly contentDir: string;
  private readonly root: string;
  private checked: readonly ValidEntry[] | undefined;

  constructor(contentDir: string, root = process.cwd()) {
    this.contentDir = contentDir;
    this.root = root;
  }

  /** Called by the content check of this build; a later check replaces it (Astro's dev server restarts in one process). */
  remember(entries: readonly ValidEntry[]): void {
    this.checked = entries;
  }

  /** The entries this build's check validated, or a fresh validation when none ran (a hook run on its own). */
  get(): readonly ValidEntry[] {
    return this.checked ?? validateContent(this.contentDir, this.root).entries;
  }
}
