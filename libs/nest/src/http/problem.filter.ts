import type { IncomingMessage, ServerResponse } from 'node:http';
import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PinoLogger } from 'nestjs-pino';
import { TooManyAttempts } from '@commonplan/kernel';
import { problemFor } from './problem';
import { PROBLEM_PAGES, type ProblemPages } from './problem-pages';

type ExpressRequest = IncomingMessage & { readonly originalUrl?: string };

// Only the path: a query string may hold what a resident typed, and problems end up in client logs.
const pathOf = (request: ExpressRequest): string =>
  new URL(request.originalUrl ?? request.url ?? '/', 'http://localhost').pathname;

/** The one place an error becomes a response: `application/problem+json`, whatever was thrown. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private pages: ProblemPages | null | undefined;

  constructor(
    private readonly logger: PinoLogger,
    private readonly modules: ModuleRef,
  ) {
    this.logger.setContext('ProblemFilter');
  }

  /** Looked up, not injected: the pages are a provider of whichever context serves them, if any. */
  private problemPages(): ProblemPages | null {
    if (this.pages === undefined) {
      try {
        this.pages = this.modules.get<ProblemPages>(PROBLEM_PAGES, { strict: false });
      } catch {
        this.pages = null;
      }
    }
    return this.pages;
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
    const pages = this.problemPages();
    if (pages?.claims(request)) {
      pages.render(problem, request, response);
      return;
    }
    response.setHeader('content-type', 'application/problem+json; charset=utf-8');
    response.end(JSON.stringify(problem));
  }
}
