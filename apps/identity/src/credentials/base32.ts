// RFC 4648 §6 alphabet: the encoding authenticator apps expect for TOTP secrets.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding, as otpauth URIs carry it. */
export function encodeBase32(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += ALPHABET.charAt((buffer >> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) text += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return text;
}

/**
 * Reads base32 in either case, with or without trailing padding. Returns undefined for anything that
 * is not a whole number of bytes in that alphabet, so a corrupted secret is never silently truncated.
 */
export function decodeBase32(text: string): Uint8Array | undefined {
  const symbols = text.toUpperCase().replace(/=+$/, '');
  // 1, 3 and 6 leftover symbols cannot come from any byte count.
  if ([1, 3, 6].includes(symbols.length % 8)) return undefined;
  const bytes = new Uint8Array(Math.floor((symbols.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const symbol of symbols) {
    const value = ALPHABET.indexOf(symbol);
    if (value < 0) return undefined;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
      buffer &= (1 << bits) - 1;
    }
  }
  return bytes;
}
