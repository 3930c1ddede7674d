import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { POSITION_HEADER } from '../consistency/read-after';

/**
 * Lets the browser share answers with the origins in CORS_ORIGINS and with no one else. An unlisted
 * origin gets no CORS header at all, not even on a preflight, so its browser refuses the call.
 */
export const allowCrossOrigin = (app: NestExpressApplication, origins: readonly string[]): void => {
  if (origins.length === 0) return;
  const listed = new Set(origins);
  app.use((_request: IncomingMessage, response: ServerResponse, next: () => void) => {
    // Every answer depends on Origin, also those without a CORS header: a cache must not hand
    // one given to an unlisted origin to a listed one.
    response.setHeader('vary', 'Origin');
    next();
  });
  app.enableCors({
    origin: (origin, done) => done(null, origin !== undefined && listed.has(origin) ? origin : false),
    // Residents are on metered phone data: one preflight per ten minutes, not one per call.
    maxAge: 600,
    // A page elsewhere reads its own writes too (docs/adr/0010-read-your-writes.md).
    exposedHeaders: [POSITION_HEADER],
  });
};
