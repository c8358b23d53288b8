import { describe, expect, it } from 'vitest';
import { eachNode } from '../../src/pipeline/render/walk.ts';

describe('eachNode', () => {
  it('visits every node once, depth first, in document order', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'a', children: [{ type: 'b' }, { type: 'c', children: [{ type: 'd' }] }] },
        { type: 'e', children: [] },
      ],
    };
    const seen: string[] = [];
    eachNode(tree, (node) => seen.push(node.type));
    expect(seen).toEqual(['root', 'a', 'b', 'c', 'd', 'e']);
  });
});
