import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import { API_DOCS_PATH } from '../openapi/api-docs';

type Directives = Record<string, readonly string[]>;

/**
 * Nothing but our own origin: a response that ends up rendered as a page (an error echoing input, an
 * uploaded file) can then neither run injected script nor be framed to trick a resident into a click.
 */
const SITE_CSP: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
  'script-src-attr': ["'none'"],
};

/**
 * Swagger UI's page carries inline `<style>` blocks and its stylesheet draws icons from `data:` URIs.
 * Scripts stay `'self'`: all of them are files next to the page.
 */
const API_DOCS_CSP: Directives = {
  ...SITE_CSP,
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
};

const headersWith = (directives: Directives): HelmetOptions => ({
  contentSecurityPolicy: { useDefaults: false, directives },
  crossOriginOpenerPolicy: { policy: 'same-origin' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  // A page URL may name a consultation or a person's own ballot; other sites need not learn it.
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true },
  xFrameOptions: { action: 'deny' },
});

const docsRoot = `/${API_DOCS_PATH}`;

// Not `/api/docs-json`: the OpenAPI document is data and keeps the site's policy.
const isApiDocs = (path: string): boolean => path === docsRoot || path.startsWith(`${docsRoot}/`);

type Middleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** Strict headers on every response, loosened for styles on the API docs page only. */
export const securityHeaders = (): Middleware => {
  const site = helmet(headersWith(SITE_CSP));
  const apiDocs = helmet(headersWith(API_DOCS_CSP));
  return (request, response, next) => {
    const path = (request.url ?? '/').replace(/\?.*$/s, '');
    (isApiDocs(path) ? apiDocs : site)(request, response, next);
  };
};
