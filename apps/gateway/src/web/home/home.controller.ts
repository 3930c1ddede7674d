import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { html } from '../kit/html';
import { isLanguage, preferredLanguage } from '../kit/languages';
import { layout } from '../kit/layout';
import { Pages } from '../kit/pages';

@ApiExcludeController()
@Controller()
export class HomeController {
  constructor(private readonly pages: Pages) {}

  /** `/?lang=ar` or the browser's languages pick where a bare address leads. */
  @Get()
  root(@Req() request: Request, @Res() response: Response): void {
    const asked = request.query.lang;
    const language = isLanguage(asked) ? asked : preferredLanguage(request.headers['accept-language']);
    this.pages.redirect(response, `/${language}`);
  }

  @Get(':lang')
  home(@Req() request: Request, @Res() response: Response): void {
    const page = this.pages.open(request);
    this.pages.send(
      request,
      response,
      layout(page, {
        title: page.t('home.title'),
        main: html`<h1>${page.t('home.title')}</h1>
          <p>${page.t('home.intro')}</p>
          <ul class="cards">
            <li><a href="${page.href('/budgets')}">${page.t('home.budgets')}</a></li>
            <li><a href="${page.href('/consultations')}">${page.t('home.consultations')}</a></li>
          </ul>`,
      }),
    );
  }
}
