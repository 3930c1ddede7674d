import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { NotAllowed } from '@commonplan/kernel';
import { currentRequestWrites, SessionTokens } from '@commonplan/nest';
import type { SafeHtml } from './html';
import { isLanguage } from './languages';
import { MessageBook } from './messages';
import { PageContext } from './page-context';
import { keepReadAfter } from './read-after';
import { cookieOf, SESSION_COOKIE } from './session-cookie';

/** What every page handler does first and last: read who asks in which language, answer a document. */
@Injectable()
export class Pages {
  constructor(
    private readonly book: MessageBook,
    private readonly tokens: SessionTokens,
  ) {}

  open(request: Request): PageContext {
    const language = request.params.lang;
    // Any address matches `/:lang`: one that names no language is answered as if nothing were routed there.
    if (!isLanguage(language)) throw new NotFoundException(`Cannot ${request.method} ${request.path}`);
    if (request.method !== 'GET' && !sameOrigin(request))
      throw new NotAllowed('page.other-origin', 'forms are accepted only from this site’s own pages');
    const token = cookieOf(request, SESSION_COOKIE);
    const authentication = token === undefined ? undefined : this.tokens.authenticate(token);
    const principal = typeof authentication === 'object' ? authentication : undefined;
    const path = request.originalUrl.slice(language.length + 1) || '/';
    return new PageContext(language, this.book, path, principal, principal && token);
  }

  send(request: Request, response: Response, document: SafeHtml, status = 200): void {
    response.status(status);
    response.setHeader('content-type', 'text/html; charset=utf-8');
    // Pages show a person's own ballot or comments: no shared cache may keep them.
    response.setHeader('cache-control', 'private, no-store');
    response.setHeader('vary', 'accept-encoding, cookie');
    sendCompressed(request, response, Buffer.from(document.markup, 'utf8'));
  }

  /**
   * After a form: the browser asks for the next page with GET, so reloading never posts twice. What the
   * form wrote goes along in a cookie, so that page shows it even if the read models were behind.
   */
  redirect(response: Response, location: string): void {
    const written = currentRequestWrites()?.lastPosition;
    if (written !== undefined) keepReadAfter(response.req, response, written);
    response.redirect(303, location);
  }
}

/**
 * Browsers say where a form came from in `Sec-Fetch-Site`; under the site's `no-referrer` policy their
 * `Origin` on a form post is "null", so it is compared only when it names a site. The session
 * cookie's `SameSite=Lax` refuses cross-site posts on older browsers too.
 */
const sameOrigin = (request: Request): boolean => {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null') return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
};

/**
 * Brotli's quality for a page made per request. Its default, 11, is meant for files compressed once:
 * on a page it costs tens of milliseconds of the one thread every request shares, for a few percent
 * fewer bytes than 5.
 */
const PAGE_BROTLI_QUALITY = 5;

/** Brotli where the browser takes it, gzip else: the pages are for phones on thin data plans. */
export const sendCompressed = (request: Request, response: Response, body: Buffer): void => {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) {
    response.setHeader('content-encoding', 'br');
    response.end(
      brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: PAGE_BROTLI_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    );
  } else if (/\bgzip\b/.test(accepted)) {
    response.setHeader('content-encoding', 'gzip');
    response.end(gzipSync(body));
  } else response.end(body);
};
