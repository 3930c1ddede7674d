import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { PlatformMetrics } from './platform-metrics';

/** Express sets `route` on the request once a route matched. */
type RoutedRequest = IncomingMessage & { readonly route?: { readonly path?: unknown } };

/**
 * Times every request by its route pattern (`/projects/:id`, not `/projects/42`) so the number of
 * series stays bounded; requests no route matched share one label for the same reason.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: PlatformMetrics) {}

  use(request: RoutedRequest, response: ServerResponse, next: () => void): void {
    const stop = this.metrics.httpRequestDuration.startTimer();
    response.once('finish', () => {
      const route = request.route?.path;
      stop({
        method: request.method ?? 'UNKNOWN',
        route: typeof route === 'string' ? route : 'unmatched',
        status: String(response.statusCode),
      });
    });
    next();
  }
}
