import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { Invalid, type Issue } from '@commonplan/kernel';

/** One issue per broken constraint, nested fields as dotted paths (`address.postcode`, `items.0.title`). */
export const issuesOf = (errors: readonly ValidationError[], parent = ''): Issue[] =>
  errors.flatMap((error) => {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    return [
      ...Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message })),
      ...issuesOf(error.children ?? [], field),
    ];
  });

/**
 * Request bodies, queries and parameters are checked against their class-validator classes. Unknown
 * fields are refused, not dropped: a client sending them is sending something it expects us to keep.
 * Failures become the domain's `Invalid`, so they reach the client the same way a domain rule does.
 */
export const requestValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new Invalid('request.invalid', 'the request has fields that break their rules', issuesOf(errors)),
  });
