import { describe, expect, it } from 'vitest';

describe('the pinned runtime', () => {
  it('runs npm scripts on the Node 22 the project brings, not the system Node', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major).toBe(22);
    expect(minor).toBeGreaterThanOrEqual(12);
  });
});
