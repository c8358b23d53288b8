import { describe, expect, it } from 'vitest';
import { cspProblems, metaCsp, parseCsp } from '../../scripts/lib/audit/csp.ts';
import { startTags } from '../../scripts/lib/audit/html.ts';

const STRICT =
  "default-src 'self';img-src 'self' data:;object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw='; style-src 'self' 'sha256-ffKrnoX4xjkOF0HzQemWec8TS25F73QksgoiFZje83s='";

describe('parseCsp', () => {
  it('splits a policy into directives and their sources', () => {
    expect(parseCsp("default-src 'self'; img-src 'self' data:")).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['img-src', ["'self'", 'data:']],
      ]),
    );
  });
});

describe('cspProblems', () => {
  it("accepts the site's policy: self, hashes of its own code and data: images", () => {
    expect(cspProblems(STRICT, { allowWasm: false })).toEqual([]);
  });

  it('reports another origin, unsafe-inline and a wildcard', () => {
    const policy = STRICT.replace("script-src 'self'", "script-src 'self' https://cdn.example.org 'unsafe-inline' *");
    expect(cspProblems(policy, { allowWasm: false })).toEqual([
      'script-src allows https://cdn.example.org',
      "script-src allows 'unsafe-inline'",
      'script-src allows *',
    ]);
  });

  it("allows 'wasm-unsafe-eval' only where Pagefind runs", () => {
    const policy = STRICT.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
    expect(cspProblems(policy, { allowWasm: true })).toEqual([]);
    expect(cspProblems(policy, { allowWasm: false })).toEqual(["script-src allows 'wasm-unsafe-eval'"]);
  });

  it('requires the directives that have no fallback to default-src', () => {
    expect(cspProblems("default-src 'self'", { allowWasm: false })).toEqual([
      'no object-src directive',
      'no base-uri directive',
      'no form-action directive',
    ]);
  });

  it('rejects a permissive default-src', () => {
    expect(cspProblems(STRICT.replace("default-src 'self'", 'default-src https:'), { allowWasm: false })).toContain(
      "default-src must be 'self' or 'none', not \"https:\"",
    );
  });
});

describe('metaCsp', () => {
  it('finds the policy of the http-equiv meta element, whatever its case', () => {
    expect(
      metaCsp(
        startTags(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'">`),
      ),
    ).toBe("default-src 'self'");
    expect(metaCsp(startTags('<meta charset="utf-8">'))).toBeUndefined();
  });
});
