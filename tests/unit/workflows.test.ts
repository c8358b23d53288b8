import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = process.cwd();
const read = (file: string) => parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
const steps = (workflow: Record<string, unknown>, job: string) =>
  ((workflow['jobs'] as Record<string, { steps: Step[] }>)[job]?.steps ?? []) as Step[];

describe('.github workflows', () => {
  it('every workflow and issue form is valid YAML', () => {
    for (const dir of ['.github/workflows', '.github/ISSUE_TEMPLATE']) {
      for (const file of readdirSync(join(root, dir))) expect(() => read(join(dir, file)), file).not.toThrow();
    }
  });

  it('CI runs .ci/run, the same script that checks content and runs the tests locally', () => {
    const ci = read('.github/workflows/ci.yml');
    expect(
      steps(ci, 'check-and-test')
        .map((s) => s.run)
        .filter(Boolean),
    ).toEqual(['bash .ci/run']);
    const script = readFileSync(join(root, '.ci/run'), 'utf8');
    for (const command of ['npm ci', 'npm run check', 'npm test']) expect(script).toContain(command);
  });

  it('deploy runs the same checks, then builds with the Pages base path and the repository, and publishes dist/ from main', () => {
    const deploy = read('.github/workflows/deploy.yml');
    expect(deploy['on']).toMatchObject({ push: { branches: ['main'] } });
    const build = steps(deploy, 'build');
    expect(build.map((s) => s.run).filter(Boolean)).toEqual(['bash .ci/run', 'npm run build:deploy']);
    const env = build.find((s) => s.run === 'npm run build:deploy')?.env ?? {};
    expect(env['KF_BASE']).toContain('vars.KF_BASE');
    expect(env['KF_SITE']).toContain('steps.pages.outputs.origin');
    expect(env['KF_REPO_URL']).toBe('${{ github.server_url }}/${{ github.repository }}');
    expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
    expect(steps(deploy, 'deploy').some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('offers the issue forms "Report an error on a page" and "Suggest content", each with required fields', () => {
    for (const [file, name] of [
      ['report-error.yml', 'Report an error on a page'],
      ['suggest-content.yml', 'Suggest content'],
    ] as const) {
      const form = read(`.github/ISSUE_TEMPLATE/${file}`) as {
        name: string;
        body: { id?: string; type: string; validations?: { required: boolean } }[];
      };
      expect(form.name).toBe(name);
      expect(form.body.some((field) => field.validations?.required)).toBe(true);
      const ids = form.body.flatMap((field) => (field.id ? [field.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('has a pull-request checklist that asks for sources', () => {
    expect(readFileSync(join(root, '.github/pull_request_template.md'), 'utf8')).toMatch(/- \[ \] .*sources/);
  });

  it('has a CODEOWNERS line for every content folder, set or still commented out, and every set line names an owner', () => {
    const lines = readFileSync(join(root, '.github/CODEOWNERS'), 'utf8').split('\n');
    // A template line is a commented-out rule: "# /content/guides/   @organisation/toolbox-editors".
    const rules = lines
      .map((line) => line.replace(/^#\s*(?=\/|\*\s)/, '').trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    for (const folder of ['guides', 'examples', 'segments', 'events', 'contacts', 'pages']) {
      expect(
        rules.some((rule) => rule.startsWith(`/content/${folder}/ `)),
        `a CODEOWNERS line for /content/${folder}/`,
      ).toBe(true);
    }
    const set = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    for (const line of set)
      expect(line, 'a CODEOWNERS rule is a path followed by @user, @organisation/team or an e-mail address').toMatch(
        /^\S+(\s+(@[\w.-]+(\/[\w.-]+)?|[^\s@]+@[^\s@]+))+$/,
      );
  });
});
