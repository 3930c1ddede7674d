import { decodeBase32, encodeBase32 } from './base32';

// RFC 4648 §10 test vectors, padding removed.
const vectors: [string, string][] = [
  ['', ''],
  ['f', 'MY'],
  ['fo', 'MZXQ'],
  ['foo', 'MZXW6'],
  ['foob', 'MZXW6YQ'],
  ['fooba', 'MZXW6YTB'],
  ['foobar', 'MZXW6YTBOI'],
];

describe('base32', () => {
  it.each(vectors)('encodes %p as %p', (plain, encoded) => {
    expect(encodeBase32(Buffer.from(plain))).toBe(encoded);
  });

  it.each(vectors)('decodes %p back from %p', (plain, encoded) => {
    expect(Buffer.from(decodeBase32(encoded)!).toString()).toBe(plain);
  });

  it('reads lower case and trailing padding', () => {
    expect(Buffer.from(decodeBase32('mzxw6ytboi======')!).toString()).toBe('foobar');
  });

  it('refuses symbols outside the alphabet and impossible lengths', () => {
    expect(decodeBase32('MZXW6YT1')).toBeUndefined();
    expect(decodeBase32('MZX')).toBeUndefined();
    expect(decodeBase32('M')).toBeUndefined();
  });

  it('round-trips random bytes', () => {
    const bytes = Uint8Array.from({ length: 37 }, (_, i) => (i * 151 + 7) % 256);
    expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
  });
});
