import type { NestExpressApplication } from '@nestjs/platform-express';
import type { HttpLogger } from 'pino-http';

/** Enough for any form a resident fills in; anything larger is refused before it is parsed. */
export const BODY_LIMIT = '1mb';

/**
 * What every process does to a request before a controller sees it. The request logger comes first,
 * so even a request refused by the body parser is logged with its request id.
 */
export const configureHttpEdge = (app: NestExpressApplication, httpLogger: HttpLogger): void => {
  app.disable('x-powered-by');
  app.use(httpLogger);
  app.useBodyParser('json', { limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
};
