import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RouteKey } from '@commonplan/contracts';

interface Layer {
  readonly route?: { readonly path: string; readonly methods: Record<string, boolean> };
}

/**
 * Swagger UI serves its page and assets outside Nest, so neither the guard nor the policy sees them:
 * public documentation of the API, nothing else.
 */
const API_DOCS = /^\/api\/docs/;

/**
 * Every endpoint the process serves, as `METHOD /path` the way the access policy names it, read from
 * Express's router. Nest mounts middleware (metrics) as catch-all routes answering every method; an
 * endpoint answers exactly one, which is how the two are told apart.
 */
export const servedRoutes = (app: NestExpressApplication): RouteKey[] => {
  const express = app.getHttpAdapter().getInstance() as { router?: { stack: Layer[] } };
  const stack = express.router?.stack ?? [];
  return stack.flatMap((layer) => {
    const route = layer.route;
    if (!route || API_DOCS.test(route.path)) return [];
    const methods = Object.keys(route.methods).filter((method) => route.methods[method]);
    if (methods.length !== 1) return [];
    return [`${methods[0]!.toUpperCase()} ${route.path}` as RouteKey];
  });
};

/** A concrete path for a route: every parameter filled with `value`. */
export const pathOf = (key: RouteKey, value: string): string =>
  key.slice(key.indexOf(' ') + 1).replace(/:[A-Za-z]+/g, encodeURIComponent(value));

export const methodOf = (key: RouteKey): 'get' | 'post' | 'put' | 'patch' | 'delete' =>
  key.slice(0, key.indexOf(' ')).toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
