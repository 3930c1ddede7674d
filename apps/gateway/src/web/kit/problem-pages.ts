import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionTokens, type Problem, type ProblemPages } from '@commonplan/nest';
import { html } from './html';
import { isLanguage, type Language } from './languages';
import { layout } from './layout';
import { MessageBook } from './messages';
import { PageContext } from './page-context';
import { sendCompressed } from './pages';
import { cookieOf, SESSION_COOKIE } from './session-cookie';

type Routed = IncomingMessage & { readonly originalUrl?: string };

const addressOf = (request: Routed): string => request.originalUrl ?? request.url ?? '/';

const languageOf = (request: Routed): Language | undefined => {
  const first = new URL(addressOf(request), 'http://localhost').pathname.split('/')[1];
  return isLanguage(first) ? first : undefined;
};

/** What the reader is told, by how the request failed; the API's own words only where they help. */
const wordsFor = (page: PageContext, problem: Problem): { title: string; body: string } => {
  if (problem.status === 404)
    return { title: page.t('page.not-found.title'), body: page.t('page.not-found.body') };
  if (problem.status === 403)
    return { title: page.t('page.forbidden.title'), body: page.t('page.forbidden.body') };
  if (problem.status >= 500)
    return { title: page.t('page.problem.title'), body: page.t('page.problem.server') };
  return { title: page.t('page.problem.title'), body: page.tOr(`problem.${problem.code}`, problem.detail) };
};

/** Errors on the web pages (`/en/…`, `/ar/…`) as a page in the reader's language, with the site around it. */
@Injectable()
export class WebProblemPages implements ProblemPages {
  constructor(
    private readonly book: MessageBook,
    private readonly tokens: SessionTokens,
  ) {}

  claims(request: Routed): boolean {
    return languageOf(request) !== undefined;
  }

  render(problem: Problem, request: IncomingMessage, response: ServerResponse): void {
    const routed = request as Request;
    const language = languageOf(routed) ?? 'en';
    const token = cookieOf(routed, SESSION_COOKIE);
    const authentication = token === undefined ? undefined : this.tokens.authenticate(token);
    const principal = typeof authentication === 'object' ? authentication : undefined;
    const path = addressOf(routed).slice(language.length + 1) || '/';
    const page = new PageContext(language, this.book, path, principal, principal && token);
    const { title, body } = wordsFor(page, problem);
    const document = layout(page, {
      title,
      main: html`<h1>${title}</h1>
        <p>${body}</p>
        <p><a href="${page.href('/')}">${page.t('page.problem.home')}</a></p>`,
    });
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('cache-control', 'private, no-store');
    sendCompressed(routed, response as Response, Buffer.from(document.markup, 'utf8'));
  }
}
