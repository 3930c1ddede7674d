import { createHmac } from 'node:crypto';

/** HMAC-SHA256 over the UTF-8 bytes of `text`, as lower-case hex. */
export function hmacSha256Hex(key: Uint8Array, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}
