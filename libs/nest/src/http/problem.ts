import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import { DomainError, Invalid, type DomainErrorKind, type Issue } from '@commonplan/kernel';

/** An RFC 9457 problem detail, the body of every error response. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance: string;
  readonly errors?: readonly Issue[];
}

export interface MappedProblem {
  readonly problem: Problem;
  /** A bug of ours, not the client's: it goes to the log with its stack, never to the client. */
  readonly unexpected: boolean;
}

const BY_KIND: Record<DomainErrorKind, { readonly status: number; readonly title: string }> = {
  invalid: { status: 400, title: 'Invalid request' },
  'not-allowed': { status: 403, title: 'Not allowed' },
  'not-signed-in': { status: 401, title: 'Not signed in' },
  'too-many-attempts': { status: 429, title: 'Too many attempts' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  'stale-version': { status: 409, title: 'Stale version' },
  'rule-violated': { status: 422, title: 'Rule violated' },
};

const typeOf = (code: string): string => `urn:commonplan:problem:${code}`;

/** `Not Found` → `http.not-found`, so codes have one shape whether Nest or the domain raised them. */
const httpCode = (status: number): string =>
  `http.${(STATUS_CODES[status] ?? String(status)).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** What body-parser marks its errors with; Nest keeps the original error as the cause. */
const BODY_ERRORS: Record<
  string,
  { readonly code: string; readonly detail: string; readonly errors?: readonly Issue[] }
> = {
  'entity.parse.failed': {
    code: 'request.malformed-json',
    detail: 'the request body is not valid JSON',
    errors: [{ field: 'body', rule: 'json', message: 'the request body is not valid JSON' }],
  },
  'entity.too.large': {
    code: 'request.too-large',
    detail: 'the request body is larger than the server accepts',
  },
};

const bodyErrorOf = (exception: HttpException) => {
  const type = (exception.cause as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? BODY_ERRORS[type] : undefined;
};

const messageOf = (exception: HttpException): string => {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
};

/**
 * The fields and rules behind a refusal: every `Invalid` has them, and any other refusal that can say
 * which facts stood in the way (an ineligible voter, say) carries them as `details.issues`. A refusal
 * about one field names it as `details.field`, and its code is the rule it broke.
 */
const issuesOf = (error: DomainError): readonly Issue[] | undefined => {
  if (error instanceof Invalid) return error.issues;
  if (Array.isArray(error.details.issues)) return error.details.issues as Issue[];
  if (typeof error.details.field === 'string')
    return [{ field: error.details.field, rule: error.code, message: error.message }];
  return undefined;
};

const fromDomain = (error: DomainError, instance: string): Problem => {
  const { status, title } = BY_KIND[error.kind];
  return {
    type: typeOf(error.code),
    title,
    status,
    detail: error.message,
    code: error.code,
    instance,
    ...(issuesOf(error) ? { errors: issuesOf(error) } : {}),
  };
};

const fromHttp = (exception: HttpException, instance: string): MappedProblem => {
  const status = exception.getStatus();
  const title = STATUS_CODES[status] ?? 'Error';
  const body = bodyErrorOf(exception);
  const code = body?.code ?? httpCode(status);
  // A 5xx raised on purpose may still carry internals in its message.
  const unexpected = status >= 500;
  const detail = body?.detail ?? (unexpected ? title : messageOf(exception));
  const errors = body?.errors ? { errors: body.errors } : {};
  return { problem: { type: typeOf(code), title, status, detail, code, instance, ...errors }, unexpected };
};

/**
 * Maps anything thrown while handling a request to the problem the client sees
 * (docs/adr/0003-error-mapping.md). `instance` is the request path.
 */
export const problemFor = (exception: unknown, instance: string): MappedProblem => {
  if (exception instanceof DomainError)
    return { problem: fromDomain(exception, instance), unexpected: false };
  if (exception instanceof HttpException) return fromHttp(exception, instance);
  return {
    problem: {
      type: typeOf('internal'),
      title: 'Internal Server Error',
      status: 500,
      detail: 'something went wrong on our side; it has been logged and will be looked into',
      code: 'internal',
      instance,
    },
    unexpected: true,
  };
};
