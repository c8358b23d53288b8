import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/pipeline/read.ts';

describe('firstInvalidUtf8', () => {
  it('accepts ASCII, accents, CJK and emoji', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('plain é 中文 😀'))).toBe(-1);
  });

  it.each([
    ['a Latin-1 é', [0x61, 0xe9, 0x62], 1],
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['an overlong slash', [0x61, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['an encoded surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x61, 0xe2, 0x82], 1],
  ])('finds %s at its byte', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });

  it('agrees with the platform decoder on every two-byte input', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        const bytes = new Uint8Array([a, b]);
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }
    }
  });
});
