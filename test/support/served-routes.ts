import { METHODS } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RouteKey } from '@commonplan/contracts';

interface Layer {
  readonly route?: { readonly path: string; readonly methods: Record<string, boolean> };
}

/**
 * Swagger UI registers its page, assets and JSON straight on the HTTP adapter, outside any
 * controller, so neither the guard nor the policy sees them: public documentation of the API.
 */
const API_DOCS = /^\/api\/docs/;

/**
 * Nest binds middleware for every route (metrics, request logging) with `app.all()` on a wildcard
 * path, which Express records as a route answering every HTTP method. Only that exact shape is
 * skipped: an `@All()` endpoint or a middleware on a plain path still shows up, and fails loudly.
 */
const isMiddlewareForEveryRoute = (route: NonNullable<Layer['route']>): boolean =>
  route.path.includes('*') && METHODS.every((method) => route.methods[method.toLowerCase()] === true);

/**
 * Every endpoint the process serves, as `METHOD /path` the way the access policy and the guard
 * name it (`req.route.path`), read from Express's router. Nest registers each handler there as a
 * route of its own at the app's top level; layers without a route are plain middleware (body
 * parsers, static files), and sub-routers only ever hold Nest's not-found and error handlers.
 */
export const servedRoutes = (app: NestExpressApplication): RouteKey[] => {
  const express = app.getHttpAdapter().getInstance() as { router?: { stack: Layer[] } };
  if (!express.router) throw new Error('no Express 5 router on the HTTP adapter: cannot list routes');
  const keys = express.router.stack.flatMap(({ route }) => {
    if (!route || API_DOCS.test(route.path) || isMiddlewareForEveryRoute(route)) return [];
    return Object.keys(route.methods)
      .filter((method) => route.methods[method])
      .map((method) => `${method.toUpperCase()} ${route.path}` as RouteKey);
  });
  return [...new Set(keys)];
};

/**
 * A concrete path for a route: every parameter replaced by `segment`, sent as it is written, except
 * a web page's language, which is English so that the page itself answers rather than a 404.
 */
export const pathOf = (key: RouteKey, segment: string): string =>
  key
    .slice(key.indexOf(' ') + 1)
    .replace(/^\/:lang(?=\/|$)/, '/en')
    .replace(/:[A-Za-z]+/g, segment);

export const hasParameters = (key: RouteKey): boolean => key.includes('/:');

const POLICY_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The method to call a route with; one the policy cannot name has no rule, so it stops the run. */
export const methodOf = (key: RouteKey): (typeof POLICY_METHODS)[number] => {
  const method = POLICY_METHODS.find((known) => key.startsWith(`${known.toUpperCase()} `));
  if (!method) throw new Error(`${key}: served with a method the access policy cannot name`);
  return method;
};
