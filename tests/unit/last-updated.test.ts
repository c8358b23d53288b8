import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDay, gitLastCommitDate, lastUpdated, parseGitLog, readGitDates } from '../../src/lib/last-updated.ts';

describe('lastUpdated', () => {
  it('takes the newest change note, whatever the order written', () => {
    expect(
      lastUpdated({
        changes: [{ date: '2024-01-01' }, { date: '2024-05-01' }],
        gitDate: '2025-01-01',
        lastReviewed: '2023-01-01',
      }),
    ).toEqual({ date: '2024-05-01', from: 'changes' });
  });

  it('falls back to the last commit of the file', () => {
    expect(lastUpdated({ changes: [], gitDate: '2025-01-01', lastReviewed: '2023-01-01' })).toEqual({
      date: '2025-01-01',
      from: 'git',
    });
  });

  it('falls back to the review date without history', () => {
    expect(lastUpdated({ lastReviewed: '2023-01-01' })).toEqual({ date: '2023-01-01', from: 'reviewed' });
  });

  it('knows nothing when nothing is known', () => {
    expect(lastUpdated({})).toBeUndefined();
  });
});

describe('parseGitLog', () => {
  it('gives each file the date of the newest commit that touched it', () => {
    const log = '\u00002025-02-01\n\ncontent/a.mdx\n\u00002024-01-01\n\ncontent/a.mdx\ncontent/b.mdx\n';
    expect(parseGitLog(log, '/repo')).toEqual(
      new Map([
        ['/repo/content/a.mdx', '2025-02-01'],
        ['/repo/content/b.mdx', '2024-01-01'],
      ]),
    );
  });

  it('reads nothing from an empty log', () => {
    expect(parseGitLog('', '/repo').size).toBe(0);
  });
});

describe('readGitDates', () => {
  it('reads the commit dates of a repository', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kf-git-')));
    writeFileSync(join(dir, 'a.mdx'), 'A');
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.org',
      GIT_COMMITTER_DATE: '2024-03-12T10:00:00Z',
      GIT_AUTHOR_DATE: '2024-03-12T10:00:00Z',
    };
    for (const args of [
      ['init', '-q'],
      ['add', 'a.mdx'],
      ['commit', '-q', '-m', 'A'],
    ])
      execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
    expect(readGitDates(dir).get(join(dir, 'a.mdx'))).toBe('2024-03-12');
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads no dates outside a repository, as from a source archive, and says pages fall back to their review date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kf-no-git-'));
    const warnings: string[] = [];
    expect(readGitDates(dir, (message) => warnings.push(message)).size).toBe(0);
    expect(warnings).toEqual([
      expect.stringMatching(
        /fall back to each page's review date: git cannot read the history of .*not a git repository/,
      ),
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('gitLastCommitDate', () => {
  it('gives undefined for a file git does not know', () => {
    expect(gitLastCommitDate('no/such/file.mdx')).toBeUndefined();
    expect(gitLastCommitDate(undefined)).toBeUndefined();
  });
});

describe('formatDay', () => {
  it('writes a day, a month and a year as precisely as given', () => {
    expect([formatDay('2024-03-12'), formatDay('2023-10'), formatDay('2023')]).toEqual([
      '12 March 2024',
      'October 2023',
      '2023',
    ]);
  });
});
