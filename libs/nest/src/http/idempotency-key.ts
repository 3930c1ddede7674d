import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { Invalid } from '@commonplan/kernel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const commandIdOf = (header: unknown): string | undefined => {
  if (header === undefined) return undefined;
  if (typeof header === 'string' && UUID.test(header)) return header.toLowerCase();
  throw new Invalid('request.invalid-idempotency-key', 'the Idempotency-Key header must hold a UUID', [
    { field: 'Idempotency-Key', rule: 'uuid', message: 'Idempotency-Key must be a UUID' },
  ]);
};

/**
 * The `Idempotency-Key` request header (IETF httpapi draft) as a command id: a UUID the client makes
 * up once per command and sends again with every retry of it. Absent, the request is not deduplicated.
 */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  commandIdOf(
    context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers['idempotency-key'],
  ),
);
