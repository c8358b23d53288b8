/** Test builds use the same helper as the audits and the benchmark; only the test settings live here. */
export * from '../../scripts/lib/build.ts';

/** The repository the test builds link to, so edit and report links are rendered. */
export const TEST_REPO_URL = 'https://github.com/iprocurenet/knowledge-factory';
