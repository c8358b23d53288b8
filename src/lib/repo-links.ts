/**
 * Links into the project's repository, built in one place: "edit this page",
 * "report a problem with this page", "I could not find …". When no repository
 * is configured (a local build without KF_REPO_URL) each returns undefined and
 * callers link to /contribute/ instead of guessing an address.
 */

/** `editUrl('https://github.com/o/r', 'main', 'content/guides/x.mdx')` opens the file in GitHub's editor. */
export function editUrl(repoUrl: string | undefined, branch: string, file: string): string | undefined {
  if (!repoUrl) return undefined;
  return `${repoUrl}/edit/${encodeURIComponent(branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

export interface IssueDraft {
  title: string;
  body: string;
  labels?: readonly string[];
  /** An issue form in .github/ISSUE_TEMPLATE, e.g. `report-error.yml`. */
  template?: string;
}

/** A pre-filled "new issue" link: the reader sees the text and chooses to send it; nothing is sent for them. */
export function newIssueUrl(repoUrl: string | undefined, draft: IssueDraft): string | undefined {
  if (!repoUrl) return undefined;
  const params = new URLSearchParams({ title: draft.title, body: draft.body });
  if (draft.labels && draft.labels.length > 0) params.set('labels', draft.labels.join(','));
  if (draft.template) params.set('template', draft.template);
  return `${repoUrl}/issues/new?${params.toString()}`;
}
