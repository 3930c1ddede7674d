/**
 * Typed errors the domain throws. Each carries a stable code such as `ballot.over-budget` that clients
 * can rely on; the HTTP layer maps the kind to a status (docs/adr/0003-error-mapping.md).
 */
export type DomainErrorKind =
  | 'not-found'
  | 'not-allowed'
  | 'not-signed-in'
  | 'too-many-attempts'
  | 'conflict'
  | 'rule-violated'
  | 'stale-version'
  | 'invalid';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  readonly kind = 'not-found' as const;
}

export class NotAllowed extends DomainError {
  readonly kind = 'not-allowed' as const;
}

/** No valid session: missing, malformed, expired or revoked. Which one is told, never whose. */
export class NotSignedIn extends DomainError {
  readonly kind = 'not-signed-in' as const;
}

/** Too many attempts from one address or at one account; the caller may try again after a while. */
export class TooManyAttempts extends DomainError {
  readonly kind = 'too-many-attempts' as const;

  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message, { retryAfterSeconds });
  }
}

export class Conflict extends DomainError {
  readonly kind = 'conflict' as const;
}

export class RuleViolated extends DomainError {
  readonly kind = 'rule-violated' as const;
}

export class StaleVersion extends DomainError {
  readonly kind = 'stale-version' as const;
}

export interface Issue {
  /** Dotted path of the offending field, `''` for the whole value. */
  readonly field: string;
  /** The rule that failed, e.g. `required`, `min-length`, `uuid`. */
  readonly rule: string;
  readonly message: string;
}

/** Input that fails its schema: carries one issue per broken rule so clients can fix all at once. */
export class Invalid extends DomainError {
  readonly kind = 'invalid' as const;

  constructor(
    code: string,
    message: string,
    readonly issues: readonly Issue[],
  ) {
    super(code, message, { issues });
  }
}
