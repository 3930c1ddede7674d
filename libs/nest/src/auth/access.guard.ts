import type { IncomingHttpHeaders } from 'node:http';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { NotAllowed, NotSignedIn } from '@commonplan/kernel';
import { decideAccess, type AccessPolicy, type RouteKey } from '@commonplan/contracts';
import type { AuthenticatedRequest } from './principal';
import { SessionTokens, type Authentication } from './session-tokens';

export const ACCESS_POLICY_TABLE = Symbol('ACCESS_POLICY_TABLE');

interface RoutedRequest extends AuthenticatedRequest {
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  readonly route?: { readonly path?: string };
}

const REJECTIONS: Record<Exclude<Authentication, object>, string> = {
  malformed: 'the session token is not one this service issues',
  forged: 'the session token is not one this service issues',
  expired: 'the session has expired; sign in again',
  revoked: 'the session has ended; sign in again',
};

const bearerOf = (headers: IncomingHttpHeaders): string | undefined => {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  return match?.[1];
};

/**
 * Every route of every context passes here: the session token is checked, then the route's rule in
 * the one access policy table. A route missing from the table is refused, so forgetting to decide
 * who may call it never opens it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(ACCESS_POLICY_TABLE) private readonly policy: AccessPolicy,
    private readonly tokens: SessionTokens,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RoutedRequest>();
    const key = `${request.method} ${request.route?.path ?? ''}` as RouteKey;
    const access = this.policy[key];
    if (access === undefined)
      throw new NotAllowed(
        'access.no-rule',
        `${key} has no rule in the access policy, so nobody may call it`,
      );
    const token = bearerOf(request.headers);
    const authentication = token === undefined ? undefined : this.tokens.authenticate(token);
    if (typeof authentication === 'object') request.principal = authentication;
    else if (authentication !== undefined && access !== 'public')
      throw new NotSignedIn(`session.${authentication}`, REJECTIONS[authentication]);
    const decision = decideAccess(access, request.principal?.badges);
    if (decision === 'sign-in') throw new NotSignedIn('session.missing', 'sign in to do this');
    if (decision === 'deny') throw new NotAllowed('access.role-missing', 'your roles do not allow this');
    return true;
  }
}
