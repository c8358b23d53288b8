import { describe, expect, it } from 'vitest';
import { editUrl, newIssueUrl } from '../../src/lib/repo-links.ts';

const repo = 'https://github.com/iprocurenet/knowledge-factory';

describe('repository links', () => {
  it('opens a content file in the repository editor on the configured branch', () => {
    expect(editUrl(repo, 'main', 'content/guides/prepare/identify-joint-needs.mdx')).toBe(
      `${repo}/edit/main/content/guides/prepare/identify-joint-needs.mdx`,
    );
  });

  it('encodes characters that would break the path', () => {
    expect(editUrl(repo, 'main', 'content/pages/a b.mdx')).toBe(`${repo}/edit/main/content/pages/a%20b.mdx`);
  });

  it('pre-fills a new issue with title, body and labels, encoded as query parameters', () => {
    const url = new URL(
      newIssueUrl(repo, { title: 'Problem on "PCP"', body: 'Page: /toolbox/pcp/\n', labels: ['content', 'bug'] }) ?? '',
    );
    expect(url.origin + url.pathname).toBe(`${repo}/issues/new`);
    expect(url.searchParams.get('title')).toBe('Problem on "PCP"');
    expect(url.searchParams.get('body')).toBe('Page: /toolbox/pcp/\n');
    expect(url.searchParams.get('labels')).toBe('content,bug');
  });

  it('gives no link when no repository is configured', () => {
    expect(editUrl(undefined, 'main', 'content/x.mdx')).toBeUndefined();
    expect(newIssueUrl(undefined, { title: 't', body: 'b' })).toBeUndefined();
  });
});
