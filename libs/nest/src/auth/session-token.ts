import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RoleGrant } from '@commonplan/kernel';

/** What a session token says: who, with which roles, until when. No personal data: it is sent everywhere. */
export interface SessionClaims {
  readonly sessionId: string;
  readonly participantId: string;
  readonly grants: readonly RoleGrant[];
  /** Seconds since the epoch. */
  readonly issuedAt: number;
  readonly expiresAt: number;
}

export type TokenRejection = 'malformed' | 'forged' | 'expired';

const PREFIX = 'cp1';

const signatureOf = (key: Uint8Array, payload: string): Buffer =>
  createHmac('sha256', key).update(`${PREFIX}.${payload}`).digest();

/** `cp1.<claims as base64url JSON>.<HMAC-SHA256>`: verified by any process holding the key, no lookup. */
export const signSession = (key: Uint8Array, claims: SessionClaims): string => {
  const payload = Buffer.from(
    JSON.stringify({
      sid: claims.sessionId,
      sub: claims.participantId,
      grants: claims.grants,
      iat: claims.issuedAt,
      exp: claims.expiresAt,
    }),
  ).toString('base64url');
  return `${PREFIX}.${payload}.${signatureOf(key, payload).toString('base64url')}`;
};

interface Payload {
  readonly sid?: unknown;
  readonly sub?: unknown;
  readonly grants?: unknown;
  readonly iat?: unknown;
  readonly exp?: unknown;
}

const claimsOf = (payload: Payload): SessionClaims | undefined => {
  const { sid, sub, grants, iat, exp } = payload;
  if (typeof sid !== 'string' || typeof sub !== 'string' || !Array.isArray(grants)) return undefined;
  if (typeof iat !== 'number' || typeof exp !== 'number') return undefined;
  return { sessionId: sid, participantId: sub, grants: grants as RoleGrant[], issuedAt: iat, expiresAt: exp };
};

export const verifySession = (
  key: Uint8Array,
  token: string,
  nowSeconds: number,
): SessionClaims | TokenRejection => {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return 'malformed';
  const [, payload, signature] = parts as [string, string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = signatureOf(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  let claims: SessionClaims | undefined;
  try {
    claims = claimsOf(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Payload);
  } catch {
    return 'malformed';
  }
  if (!claims) return 'malformed';
  return claims.expiresAt <= nowSeconds ? 'expired' : claims;
};
