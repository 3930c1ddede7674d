import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { LETTER_BADGES, openOfficePage } from './office-access';

interface Destination {
  readonly path: string;
  readonly name: string;
  readonly description: string;
}

/** Only what the reader's badges let them do: a link the API would refuse is no help. */
const destinationsOf = (page: PageContext): Destination[] => [
  ...(page.holds('officer:budgeting')
    ? [{ path: '/office/budgets', name: 'office.budgets', description: 'office.budgets.description' }]
    : []),
  ...(page.holds('officer:consultations')
    ? [
        {
          path: '/office/consultations',
          name: 'office.consultations',
          description: 'office.consultations.description',
        },
      ]
    : []),
  ...(page.holds(...LETTER_BADGES)
    ? [
        {
          path: '/office/access-codes',
          name: 'office.access-codes',
          description: 'office.access-codes.description',
        },
      ]
    : []),
];

const officeHome = (page: PageContext): SafeHtml => {
  const destinations = destinationsOf(page);
  return layout(page, {
    title: page.t('office.title'),
    main: html`<h1>${page.t('office.title')}</h1>
      ${
        destinations.length === 0
          ? html`<p>${page.t('office.nothing')}</p>`
          : html`<ul class="cards">
              ${destinations.map(
                (destination) =>
                  html`<li>
                    <a href="${page.href(destination.path)}">${page.t(destination.name)}</a>
                    <p class="meta">${page.t(destination.description)}</p>
                  </li>`,
              )}
            </ul>`
      }`,
  });
};

@ApiExcludeController()
@Controller()
export class OfficeController {
  constructor(private readonly pages: Pages) {}

  @Get(':lang/office')
  home(@Req() request: Request, @Res() response: Response): void {
    const page = openOfficePage(this.pages, request, response, [
      'officer:budgeting',
      'officer:consultations',
      'officer:council',
      'moderator',
      'administrator',
    ]);
    if (page) this.pages.send(request, response, officeHome(page));
  }
}
