import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { badgesOf, type RoleGrant } from '@commonplan/kernel';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config';
import type { Principal } from './principal';
import { secretFor } from './secret-file';
import { SessionRevocations } from './session-revocations';
import { signSession, verifySession, type TokenRejection } from './session-token';

export interface IssuedSession {
  readonly token: string;
  readonly sessionId: string;
  readonly expiresAt: Date;
}

export type Authentication = Principal | TokenRejection | 'revoked';

/** Issues and checks session tokens; every process of a deployment must share the signing key. */
@Injectable()
export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    @Inject(PLATFORM_CONFIG) config: PlatformConfig,
    private readonly revocations: SessionRevocations,
  ) {
    this.key = secretFor(config.sessionSigningKey, config.dataDir, 'session-signing-key');
  }

  issue(participantId: string, grants: readonly RoleGrant[], lifetimeSeconds: number): IssuedSession {
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresAt = issuedAt + lifetimeSeconds;
    const sessionId = randomUUID();
    const token = signSession(this.key, { sessionId, participantId, grants, issuedAt, expiresAt });
    return { token, sessionId, expiresAt: new Date(expiresAt * 1000) };
  }

  authenticate(token: string): Authentication {
    const claims = verifySession(this.key, token, Math.floor(Date.now() / 1000));
    if (typeof claims === 'string') return claims;
    if (this.revocations.isRevoked(claims.sessionId)) return 'revoked';
    return {
      participantId: claims.participantId,
      sessionId: claims.sessionId,
      grants: claims.grants,
      badges: badgesOf(claims.grants),
      expiresAt: claims.expiresAt,
    };
  }
}
