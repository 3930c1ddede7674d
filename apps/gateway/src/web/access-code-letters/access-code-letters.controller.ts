import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PLATFORM_CONFIG, publicUrlOf, type PlatformConfig } from '@commonplan/nest';
import { formList, formText } from '../kit/form-body';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../kit/forms';
import { isLanguage, type Language } from '../kit/languages';
import { MessageBook } from '../kit/messages';
import { Pages } from '../kit/pages';
import { PlatformApi } from '../kit/platform-api';
import { LETTER_BADGES, openOfficePage } from '../office/office-access';
import { batchForm, lettersPage, type BatchAsked } from './access-code-letters.pages';

interface AccessCodeBatch {
  readonly batchId: string;
  readonly codes: readonly string[];
}

const MAX_BATCH = 1000;

const askedOf = (request: Request): BatchAsked => ({
  size: formText(request, 'size'),
  district: formText(request, 'district'),
  ageBand: formText(request, 'ageBand'),
  languages: formList(request, 'languages').filter(isLanguage),
});

/** Checked before the API is asked: codes issued for a letter nobody can print would be wasted. */
const refusalsOf = (asked: BatchAsked, say: (key: string) => string): FormErrors | undefined => {
  const byField = new Map<string, string>();
  const size = Number(asked.size);
  if (!/^\d+$/.test(asked.size) || size < 1 || size > MAX_BATCH)
    byField.set('size', say('access-code-letters.size.invalid'));
  if (asked.languages.length === 0) byField.set('languages', say('access-code-letters.languages.required'));
  return byField.size > 0 ? { byField, general: [] } : undefined;
};

@ApiExcludeController()
@Controller()
export class AccessCodeLettersController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
    private readonly book: MessageBook,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  @Get(':lang/office/access-codes')
  show(@Req() request: Request, @Res() response: Response): void {
    const page = openOfficePage(this.pages, request, response, LETTER_BADGES);
    if (!page) return;
    const asked: BatchAsked = { size: '', district: '', ageBand: '', languages: [page.language] };
    this.pages.send(request, response, batchForm(page, asked, NO_ERRORS));
  }

  @Post(':lang/office/access-codes')
  async generate(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = openOfficePage(this.pages, request, response, LETTER_BADGES);
    if (!page) return;
    const asked = askedOf(request);
    const refused = refusalsOf(asked, (key) => page.t(key));
    if (refused) return this.pages.send(request, response, batchForm(page, asked, refused), 400);
    const answer = await this.api.post<AccessCodeBatch>('/identity/access-code-batches', {
      token: page.token,
      body: {
        size: Number(asked.size),
        ...(asked.district ? { district: asked.district } : {}),
        ...(asked.ageBand ? { ageBand: asked.ageBand } : {}),
      },
    });
    if (!answer.ok) {
      const errors = formErrorsOf(page, answer, ['size', 'district', 'ageBand']);
      return this.pages.send(request, response, batchForm(page, asked, errors), answer.status);
    }
    // Not the request's Host header: anyone can send one, and behind a proxy it names the proxy's side.
    const site = publicUrlOf(this.config, this.adapterHost.httpAdapter.getHttpServer().address());
    this.pages.send(
      request,
      response,
      lettersPage(page, {
        asked,
        codes: answer.body.codes,
        signInAddress: (language: Language) => `${site}/${language}/sign-in`,
        say: (language, key) => this.book.text(language, key),
      }),
    );
  }
}
