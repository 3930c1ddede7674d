import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { totpCounter, totpStep, truncateToCode, TOTP_DIGITS } from './totp';

export type TotpCheck = { readonly ok: true; readonly step: number } | { readonly ok: false };

// RFC 4226 §4 R6 recommends 160-bit shared secrets, the size of an HMAC-SHA1 block output.
const SECRET_BYTES = 20;

export function generateTotpSecret(): Uint8Array {
  return randomBytes(SECRET_BYTES);
}

function codeForStep(secret: Uint8Array, step: number): string {
  return truncateToCode(createHmac('sha1', secret).update(totpCounter(step)).digest());
}

/** The code an authenticator app shows at `now`. */
export function totpAt(secret: Uint8Array, now: Date): string {
  return codeForStep(secret, totpStep(now));
}

/**
 * Accepts codes from `window` steps either side of `now` to absorb phone clock drift (RFC 6238 §5.2).
 * Returns the matched step so the caller can refuse a second use of the same step (RFC 6238 §5.2:
 * a verifier must not accept the same OTP twice).
 */
export function verifyTotp(secret: Uint8Array, code: string, now: Date, window = 1): TotpCheck {
  // Spaces are dropped because apps show codes as "123 456" and people copy them that way.
  const typed = code.replace(/\s/g, '');
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(typed)) return { ok: false };
  const expected = Buffer.from(typed);
  const current = totpStep(now);
  let matched: number | undefined;
  // Every candidate is computed and compared in constant time so timing reveals neither digits nor step.
  for (let step = current - window; step <= current + window; step++) {
    if (step < 0) continue;
    const equal = timingSafeEqual(Buffer.from(codeForStep(secret, step)), expected);
    if (equal && matched === undefined) matched = step;
  }
  return matched === undefined ? { ok: false } : { ok: true, step: matched };
}
