import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { isLanguage } from './languages';

/**
 * `?lang=ar` on any page leads to the same page under `/ar/`, so a link shared in one language can be
 * re-shared in another by adding a parameter. API addresses never start with a language and pass by.
 */
@Injectable()
export class LanguageQueryRedirect implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    const asked = request.query.lang;
    const [pathname = '/', query = ''] = request.originalUrl.split('?', 2);
    const [, first = '', ...rest] = pathname.split('/');
    if (request.method !== 'GET' || !isLanguage(asked) || !isLanguage(first)) return next();
    const params = new URLSearchParams(query);
    params.delete('lang');
    const remaining = params.toString();
    response.redirect(303, `/${[asked, ...rest].join('/')}${remaining ? `?${remaining}` : ''}`);
  }
}
