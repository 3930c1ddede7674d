import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Position } from '@commonplan/event-store';
import { laterPosition, POSITION_HEADER } from './read-after';

/**
 * What one HTTP request has written to the log so far, so its answer can tell the client where to read
 * after. Kept per request in async-local storage: the appends happen deep in handlers that know
 * nothing of HTTP.
 */
export class RequestWrites {
  private last: Position | undefined;

  constructor(
    readonly request: IncomingMessage,
    private readonly response: ServerResponse,
  ) {}

  /** The furthest position appended while serving this request, or told by an API it called. */
  get lastPosition(): Position | undefined {
    return this.last;
  }

  /**
   * Keeps the furthest position and puts it on the answer at once, so it goes out with refusals too.
   * A position whose transaction rolled back may end up there: waiting for it costs nothing more.
   */
  record(position: Position): void {
    if (laterPosition(this.last, position) === this.last) return;
    this.last = position;
    if (!this.response.headersSent) this.response.setHeader(POSITION_HEADER, position);
  }
}

const requests = new AsyncLocalStorage<RequestWrites>();

/** Runs `work` as part of serving the request `writes` belongs to. */
export const withinRequest = <T>(writes: RequestWrites, work: () => T): T => requests.run(writes, work);

/** The request being served, if any: a processor's or a reactor's appends belong to none. */
export const currentRequestWrites = (): RequestWrites | undefined => requests.getStore();
