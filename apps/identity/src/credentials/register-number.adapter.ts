import { hmacSha256Hex } from './hmac.adapter';

/**
 * Lets a resident prove residence by typing their register number without the platform ever holding
 * the register: the city uploads only these digests (ARCHITECTURE.md §6).
 *
 * The city must compute exactly the same: HMAC-SHA256 under the shared key over the UTF-8 bytes of the
 * number with all whitespace removed and upper-cased, as lower-case hex.
 */
export function registerNumberDigest(registerKey: Uint8Array, typed: string): string {
  return hmacSha256Hex(registerKey, typed.replace(/\s/g, '').toUpperCase());
}
