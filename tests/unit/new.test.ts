import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { scaffold, slugify, uniqueSlug } from '../../scripts/lib/scaffold.ts';
import { checkContent } from '../../src/pipeline/checker/index.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { copyValidContent } from '../support/content-fixture.ts';

const TODAY = '2026-11-25';

function runNew(contentDir: string, args: string[]) {
  return spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    env: { ...process.env, KF_CONTENT_DIR: contentDir },
    encoding: 'utf8',
    input: '',
  });
}

describe('slugify', () => {
  it('turns a title into lowercase words joined by hyphens', () => {
    expect(slugify('Joint Procurement of Drones')).toBe('joint-procurement-of-drones');
  });
  it('drops diacritics and punctuation', () => {
    expect(slugify('Nákup dronů: Česko & Slovensko!')).toBe('nakup-dronu-cesko-slovensko');
  });
  it('transliterates letters that are not a base letter with an accent', () => {
    expect(slugify('Łódź and Øresund Straße joint purchase')).toBe('lodz-and-oresund-strasse-joint-purchase');
    expect(slugify('Ærø, Þingvellir, İstanbul')).toBe('aero-thingvellir-istanbul');
  });
  it('transliterates Greek and Cyrillic titles', () => {
    expect(slugify('Ελληνική Αστυνομία')).toBe('elliniki-astynomia');
    expect(slugify('Пожарна безопасност')).toBe('pozharna-bezopasnost');
  });
  it('keeps capitals in a word together', () => {
    expect(slugify('PCP and PPI for CBRNe')).toBe('pcp-and-ppi-for-cbrne');
  });
  it('cuts a long title at a word boundary', () => {
    const slug = slugify('a'.repeat(30) + ' ' + 'b'.repeat(30) + ' ' + 'c'.repeat(30));
    expect(slug).toBe(`${'a'.repeat(30)}-${'b'.repeat(29)}`.slice(0, 30));
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug', () => {
    expect(uniqueSlug('drones', new Set(['other']))).toBe('drones');
  });
  it('numbers a taken slug from 2', () => {
    expect(uniqueSlug('drones', new Set(['drones', 'drones-2']))).toBe('drones-3');
  });
});

describe('templates', () => {
  it.each(COLLECTION_NAMES)('a new %s fails the check only on the fields marked FILL IN', async (collection) => {
    const dir = copyValidContent();
    const result = scaffold({
      collection,
      title: 'A new entry for the test',
      slug: 'a-new-entry-for-the-test',
      today: TODAY,
      phase: 'tender',
    });
    const path = join(dir, result.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, result.append ? `${readFileSync(path, 'utf8')}${result.text}` : result.text);
    const { problems } = await checkContent(dir, { manifest: join(dir, 'none.json') });
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.file).toContain(result.file);
      expect(problem.message).toMatch(/still holds (the )?template text/);
      expect(problem.hint).not.toBe('');
    }
  });

  it('puts a guide in the folder of its phase', () => {
    expect(scaffold({ collection: 'guides', title: 'Award', slug: 'award', today: TODAY, phase: 'tender' }).file).toBe(
      'guides/tender/award.mdx',
    );
  });

  it('an example whose FILL IN values are written passes the check', async () => {
    const dir = copyValidContent();
    const { file, text } = scaffold({
      collection: 'examples',
      title: 'Joint purchase of drones',
      slug: 'joint-purchase-of-drones',
      today: TODAY,
    });
    const answers: Record<string, string> = {
      'one or two plain sentences':
        'Three police forces bought surveillance drones together through a lead buyer, sharing one tender and one framework.',
      'one of completed': 'completed',
      'the year the procurement started': '2021',
      'a country code such as FR': 'FR',
      'another country code such as EE': 'EE',
      'what was bought': 'Surveillance drones',
      'one of disaster-resilience': 'public-safety',
      'one of central-purchasing-body': 'lead-buyer',
      'the title of the document': 'Drone tender notice',
      'its full address': 'https://ted.europa.eu/',
      'who published it': 'TED',
    };
    let filled = text.replace(/"FILL IN: ([^"]*)"/g, (whole, instruction: string) => {
      const key = Object.keys(answers).find((k) => instruction.startsWith(k));
      const answer = key ? answers[key] : undefined;
      return answer === undefined ? whole : /^\d+$/.test(answer) ? answer : JSON.stringify(answer);
    });
    filled = filled.replace(/FILL IN: .*/g, 'Written by the author.');
    writeFileSync(join(dir, file), filled);
    expect(
      (await checkContent(dir, { manifest: join(dir, 'none.json') })).problems.map((p) => `${p.field}: ${p.message}`),
    ).toEqual([]);
  });
});

describe('npm run new', () => {
  it('writes an example from flags, prints its path and every field to fill in', () => {
    const dir = copyValidContent();
    const run = runNew(dir, ['example', '--title', 'Joint purchase of drones']);
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'examples/joint-purchase-of-drones.mdx'))).toBe(true);
    expect(run.stdout).toContain('examples/joint-purchase-of-drones.mdx');
    expect(run.stdout).toContain('Fill in 11 fields marked FILL IN:');
    expect(run.stdout).toContain('  legalModel: one of central-purchasing-body');
    expect(run.stdout).toContain('npm run check');
  });

  it('names the file from a title in any European language, letters transliterated, not dropped', () => {
    const dir = copyValidContent();
    const run = runNew(dir, ['example', '--title', 'Łódź and Øresund Straße joint purchase']);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'examples/lodz-and-oresund-strasse-joint-purchase.mdx'))).toBe(true);
    expect(readFileSync(join(dir, 'examples/lodz-and-oresund-strasse-joint-purchase.mdx'), 'utf8')).toContain(
      'Łódź and Øresund Straße joint purchase',
    );
  });

  it('derives a new slug when the title is taken', () => {
    const dir = copyValidContent();
    const run = runNew(dir, ['example', '--title', 'PPI4HPC']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('slug "ppi4hpc-2"');
    expect(readFileSync(join(dir, 'examples/ppi4hpc.mdx'), 'utf8')).toContain('Four European computing centres');
  });

  it('appends a glossary term to the list file', () => {
    const dir = copyValidContent();
    const run = runNew(dir, ['term', '--title', 'XYZP']);
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'glossary.yaml'), 'utf8')).toContain('- id: xyzp\n  term: "XYZP"');
  });

  it('asks for the phase of a guide and fails with the allowed values when not in a terminal', () => {
    const run = runNew(copyValidContent(), ['guide', '--title', 'Award the contract']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "Give the guide's phase with --phase, one of: prepare, tender, contract, cross-cutting.",
    );
  });

  it('rejects an unknown collection with the list of collections', () => {
    const run = runNew(copyValidContent(), ['exampel', '--title', 'X']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"exampel" is not a collection.');
    expect(run.stderr).toContain('Collections: guide, example');
  });
});
