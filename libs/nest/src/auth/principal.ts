import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { NotSignedIn } from '@commonplan/kernel';
import type { Badge, RoleGrant } from '@commonplan/kernel';

/** The signed-in participant a request acts for, as the session token proved it. */
export interface Principal {
  readonly participantId: string;
  readonly sessionId: string;
  readonly grants: readonly RoleGrant[];
  readonly badges: ReadonlySet<Badge>;
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

export interface AuthenticatedRequest {
  principal?: Principal;
  readonly ip?: string;
}

/**
 * The principal of the request. Only on routes the access policy does not open to the public, where
 * the guard has already refused anyone not signed in; on a public route it throws instead of
 * handing a handler an `undefined` it might forget to check.
 */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new NotSignedIn('session.missing', 'sign in first');
  return principal;
});
