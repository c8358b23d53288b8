import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prunePagePolicy } from '../../src/integrations/page-csp-prune.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const style = 'p{color:red}';
const script = 'console.log(1)';
const other = hash('not on this page');
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1];

describe('prunePagePolicy', () => {
  it('keeps the hashes of the inline styles and scripts the page has, and drops the others', () => {
    const html = page(
      `default-src 'self'; script-src 'self' ${hash(script)} ${other}; style-src 'self' ${other} ${hash(style)};`,
      `<style>${style}</style><script type="module">${script}</script>`,
    );
    expect(policyOf(prunePagePolicy(html))).toBe(
      `default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};`,
    );
  });

  it('never adds a hash the policy did not list', () => {
    const html = page(`script-src 'self'`, `<script>${script}</script>`);
    expect(policyOf(prunePagePolicy(html))).toBe(`script-src 'self'`);
  });

  it('needs no hash for JSON-LD or external scripts, and keeps keywords such as wasm-unsafe-eval', () => {
    const ld = '{"@type":"Thing"}';
    const html = page(
      `script-src 'self' 'wasm-unsafe-eval' ${hash(ld)}`,
      `<script type="application/ld+json">${ld}</script><script src="/_astro/a.js"></script>`,
    );
    expect(policyOf(prunePagePolicy(html))).toBe(`script-src 'self' 'wasm-unsafe-eval'`);
  });

  it('leaves a page without a policy as it is', () => {
    expect(prunePagePolicy('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
