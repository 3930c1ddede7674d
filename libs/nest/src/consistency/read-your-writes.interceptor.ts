import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { from, switchMap, type Observable } from 'rxjs';
import { Processors } from '../processors/processors';
import { READ_AFTER_HEADER, READ_AFTER_LIMIT_MS, readAfterOf } from './read-after';
import { RequestWrites, withinRequest } from './request-writes';

const READS = new Set(['GET', 'HEAD']);

/**
 * Read-your-writes for every route (docs/adr/0010-read-your-writes.md): a request's appends are
 * recorded for its answer's `Commonplan-Position`, and a read carrying `Commonplan-Read-After` first
 * waits, briefly, for this process's projections. It waits here, before any handler opens a
 * transaction: on PGlite an open one holds the only session the projections could catch up with.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  private readonly logger = new Logger('ReadYourWrites');

  constructor(private readonly processors: Processors) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<IncomingMessage>();
    const writes = new RequestWrites(request, http.getResponse<ServerResponse>());
    const asked = READS.has(request.method ?? '')
      ? readAfterOf(request.headers[READ_AFTER_HEADER.toLowerCase()])
      : undefined;
    if (asked === undefined) return withinRequest(writes, () => next.handle());
    // The writer had its answer, so its transaction had committed before this read began: the
    // projections having applied everything committed before now covers the position asked for.
    return from(this.caughtUp(asked)).pipe(switchMap(() => withinRequest(writes, () => next.handle())));
  }

  /** Never fails the read: past the limit, or with the projections stopping, it answers with what it has. */
  private async caughtUp(position: string): Promise<void> {
    try {
      await this.processors.projectionsCaughtUp(READ_AFTER_LIMIT_MS);
    } catch (error) {
      this.logger.warn({ err: error, position }, 'a read answered before the read models caught up');
    }
  }
}
