// Crockford base32: no I, L, O or U, so a code read aloud or typed on a phone keypad is hard to garble.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 12;
const GROUP = 4;
// 12 symbols × 5 bits = 60 bits taken from the first 8 random bytes. With attempts rate-limited and
// only peppered digests stored, guessing one of even a million live codes stays out of reach.
export const ACCESS_CODE_RANDOM_BYTES = 8;

/** Turns random bytes into a printable code `XXXX-XXXX-XXXX`. */
export function formatAccessCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < ACCESS_CODE_RANDOM_BYTES)
    throw new Error(`an access code needs ${ACCESS_CODE_RANDOM_BYTES} random bytes`);
  const view = new DataView(randomBytes.buffer, randomBytes.byteOffset, ACCESS_CODE_RANDOM_BYTES);
  let bits = view.getBigUint64(0) >> 4n;
  let symbols = '';
  for (let i = 0; i < SYMBOLS; i++) {
    symbols = ALPHABET.charAt(Number(bits & 31n)) + symbols;
    bits >>= 5n;
  }
  const groups: string[] = [];
  for (let start = 0; start < SYMBOLS; start += GROUP) groups.push(symbols.slice(start, start + GROUP));
  return groups.join('-');
}

/**
 * The canonical 12 symbols of a typed code, or undefined when it cannot be one. Forgiving the way
 * Crockford's spec asks: any case, spaces and dashes ignored (phones often turn `-` into `–`),
 * O read as 0, I and L as 1. U is not in the alphabet and is refused.
 */
export function normaliseAccessCode(typed: string): string | undefined {
  const symbols = typed
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== SYMBOLS) return undefined;
  return [...symbols].every((symbol) => ALPHABET.includes(symbol)) ? symbols : undefined;
}
