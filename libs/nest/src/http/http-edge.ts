import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { HttpLogger } from 'pino-http';
import { Invalid } from '@commonplan/kernel';
import { tooDeeplyNested } from './body-depth';
import { allowCrossOrigin } from './cross-origin';
import { neverCollectedFields } from './never-collected';
import { securityHeaders } from './security-headers';

/** Enough for any form a resident fills in; anything larger is refused before it is parsed. */
export const BODY_LIMIT = '1mb';

export interface HttpEdgeOptions {
  /** Origins whose pages may call the API from a browser; none unless listed (CORS_ORIGINS). */
  readonly corsOrigins?: readonly string[];
}

type ParsedRequest = IncomingMessage & { readonly body?: unknown };

/**
 * Refuses the request before any route sees it, so the firewall holds for routes without a
 * request class too, and the client learns why instead of reading "property should not exist".
 * Depth comes first: what follows, the firewall included, walks the whole body.
 */
const refuseBody = (
  request: ParsedRequest,
  _response: ServerResponse,
  next: (error?: unknown) => void,
): void => {
  const tooDeep = tooDeeplyNested(request.body);
  if (tooDeep)
    return next(new Invalid('request.too-deep', 'the request body is nested too deeply', [tooDeep]));
  const issues = neverCollectedFields(request.body);
  if (issues.length > 0)
    return next(
      new Invalid(
        'request.never-collected',
        'Commonplan never collects immigration status, nationality, identity documents or exact addresses',
        issues,
      ),
    );
  next();
};

/**
 * What every process does to a request before a controller sees it. The request logger comes first,
 * so even a request refused by the body parser is logged with its request id; the security headers
 * come next, so every answer carries them, refusals included.
 */
export const configureHttpEdge = (
  app: NestExpressApplication,
  httpLogger: HttpLogger,
  { corsOrigins = [] }: HttpEdgeOptions = {},
): void => {
  app.disable('x-powered-by');
  app.use(httpLogger);
  app.use(securityHeaders());
  allowCrossOrigin(app, corsOrigins);
  app.useBodyParser('json', { limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  app.use(refuseBody);
};
