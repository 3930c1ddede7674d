import type { Request, Response } from 'express';
import type { Badge } from '@commonplan/kernel';
import { html } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { Pages } from '../kit/pages';

/** Whoever may generate access-code letters: the API lets any officer, and administrators, do it. */
export const LETTER_BADGES: readonly Badge[] = [
  'officer:budgeting',
  'officer:consultations',
  'officer:council',
  'administrator',
];

/**
 * Opens an office page for someone holding one of `badges`. A stranger is sent to the staff sign-in;
 * someone signed in without the badge gets a plain 403 page saying so, rather than a form the API
 * would refuse field by field. Answers `undefined` when the response has been sent already.
 */
export const openOfficePage = (
  pages: Pages,
  request: Request,
  response: Response,
  badges: readonly Badge[],
): PageContext | undefined => {
  const page = pages.open(request);
  if (!page.signedIn) {
    pages.redirect(response, page.href('/office/sign-in'));
    return undefined;
  }
  if (!page.holds(...badges)) {
    pages.send(
      request,
      response,
      layout(page, {
        title: page.t('office.forbidden.title'),
        main: html`<h1>${page.t('office.forbidden.title')}</h1>
          <p>${page.t('office.forbidden.body')}</p>
          <p><a href="${page.href('/')}">${page.t('office.forbidden.home')}</a></p>`,
      }),
      403,
    );
    return undefined;
  }
  return page;
};
