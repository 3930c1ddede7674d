import { encodeBase32 } from './base32';

// RFC 6238 defaults, which every authenticator app supports; other choices break some apps silently.
const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;

/** The RFC 6238 time step `now` falls in (T0 = Unix epoch). */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The HOTP moving factor: the step as an 8-byte big-endian counter (RFC 4226 §5.2). */
export function totpCounter(step: number): Uint8Array {
  const counter = new Uint8Array(8);
  new DataView(counter.buffer).setBigUint64(0, BigInt(step));
  return counter;
}

/** RFC 4226 §5.3 dynamic truncation of an HMAC-SHA1 result into a zero-padded code. */
export function truncateToCode(hmac: Uint8Array): string {
  const view = new DataView(hmac.buffer, hmac.byteOffset, hmac.byteLength);
  const offset = view.getUint8(hmac.byteLength - 1) & 0x0f;
  const binary = view.getUint32(offset) & 0x7fffffff;
  return String(binary % 10 ** TOTP_DIGITS).padStart(TOTP_DIGITS, '0');
}

export interface OtpauthAccount {
  readonly issuer: string;
  readonly account: string;
  readonly secret: Uint8Array;
}

/**
 * The URI an authenticator app scans from a QR code (Key Uri Format of Google Authenticator). The issuer
 * appears both as label prefix and parameter because older apps read only one of them.
 */
export function otpauthUri({ issuer, account, secret }: OtpauthAccount): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const parameters = new URLSearchParams({
    secret: encodeBase32(secret),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  });
  return `otpauth://totp/${label}?${parameters.toString()}`;
}
