import { describe, expect, it } from 'vitest';
import { inclusiveTimes } from '../../scripts/bench/profile.ts';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });

describe('inclusiveTimes', () => {
  it('charges a function with its own samples and those of everything it calls, once per stack', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2] },
        {
          id: 2,
          callFrame: frame(
            'render',
            'file:///x/node_modules/.cache/kf-builds/b/dist/.prerender/chunks/page_Ab12Cd34.mjs',
          ),
          children: [3, 4],
        },
        { id: 3, callFrame: frame('gitLastCommitDate', 'file:///x/chunks/last-updated_Zz99Yy88.mjs'), children: [5] },
        { id: 4, callFrame: frame('published', 'file:///x/chunks/site-data_Qq11Ww22.mjs') },
        {
          id: 5,
          callFrame: frame(
            'render',
            'file:///x/node_modules/.cache/kf-builds/b/dist/.prerender/chunks/page_Ab12Cd34.mjs',
          ),
        },
      ],
      samples: [3, 3, 4, 5],
      timeDeltas: [1000, 1000, 2000, 4000],
    };
    expect(Object.fromEntries(inclusiveTimes(profile))).toEqual({
      '(root)': 8,
      'render page': 8,
      'gitLastCommitDate last-updated': 6,
      'published site-data': 2,
    });
  });
});
