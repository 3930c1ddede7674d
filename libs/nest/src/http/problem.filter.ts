import type { IncomingMessage, ServerResponse } from 'node:http';
import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { TooManyAttempts } from '@commonplan/kernel';
import { problemFor } from './problem';

type ExpressRequest = IncomingMessage & { readonly originalUrl?: string };

// Only the path: a query string may hold what a resident typed, and problems end up in client logs.
const pathOf = (request: ExpressRequest): string =>
  new URL(request.originalUrl ?? request.url ?? '/', 'http://localhost').pathname;

/** The one place an error becomes a response: `application/problem+json`, whatever was thrown. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: PinoLogger) {
    this.logger.setContext('ProblemFilter');
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<ExpressRequest>();
    const response = http.getResponse<ServerResponse>();
    const { problem, unexpected } = problemFor(exception, pathOf(request));
    if (unexpected)
      this.logger.error({ err: exception }, `unexpected error on ${request.method} ${problem.instance}`);
    if (response.headersSent) {
      // Half a response is already on the wire; ending the connection is the only honest signal left.
      response.destroy();
      return;
    }
    response.statusCode = problem.status;
    if (exception instanceof TooManyAttempts)
      response.setHeader('retry-after', String(exception.retryAfterSeconds));
    response.setHeader('content-type', 'application/problem+json; charset=utf-8');
    response.end(JSON.stringify(problem));
  }
}
