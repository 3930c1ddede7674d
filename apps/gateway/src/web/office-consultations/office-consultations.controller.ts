import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { PlatformApi, type ApiAnswer } from '../kit/platform-api';
import { consultationListPage } from './consultation-list.pages';
import { consultationPage, FILTERS, type Filter } from './consultation.pages';
import { loadConsultation, standingAmendments } from './consultation-view.loader';
import { offlineBody, OFFLINE_FIELDS } from './offline-comment.form';
import type { OfficerComment } from './office-consultations.api';
import type { ConsultationSummary } from '../consultations-api.views';
import { openConsultationsOffice, problemPage, stateOf } from './office-consultations.view';
import { NOTHING_POSTED, postedOf, scopedErrors, type Posted } from './posted-form';
import { RESPONSE_FIELDS, responseBody } from './response-form';

const filterOf = (request: Request): Filter => {
  const asked = request.query.show;
  return FILTERS.find((filter) => filter === asked) ?? 'unanswered';
};

/** The consultations officers run, and one consultation's comments with everything done to them. */
@ApiExcludeController()
@Controller()
export class OfficeConsultationsController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  @Get(':lang/office/consultations')
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = openConsultationsOffice(this.pages, request, response);
    if (!page) return;
    const listed = await this.api.get<ConsultationSummary[]>('/consultations', { token: page.token });
    if (!listed.ok) return this.pages.send(request, response, problemPage(page, listed), listed.status);
    const counted = await Promise.all(
      listed.body.map(async (consultation) => {
        const answer = await this.api.get<{ comments: OfficerComment[] }>(
          `/consultations/${consultation.consultationId}/comments`,
          { token: page.token },
        );
        const comments = answer.ok ? answer.body.comments.filter((comment) => !comment.withdrawn) : [];
        return {
          consultation,
          comments: comments.length,
          unanswered: comments.filter((comment) => stateOf(comment) === 'unanswered').length,
        };
      }),
    );
    this.pages.send(request, response, consultationListPage(page, counted));
  }

  @Get(':lang/office/consultations/:consultationId')
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = openConsultationsOffice(this.pages, request, response);
    if (page) await this.sendConsultation(request, response, page, NO_ERRORS, NOTHING_POSTED);
  }

  @Post(':lang/office/consultations/:consultationId/comments/:commentId/response')
  async respond(@Req() request: Request, @Res() response: Response): Promise<void> {
    const commentId = String(request.params.commentId);
    const scope = `r-${commentId}`;
    await this.act(request, response, scope, RESPONSE_FIELDS, (page, posted, base) =>
      this.api.put(`${base}/comments/${encodeURIComponent(commentId)}/response`, {
        token: page.token,
        body: responseBody(posted, scope),
      }),
    );
  }

  @Post(':lang/office/consultations/:consultationId/response-groups')
  async respondTogether(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'bulk', RESPONSE_FIELDS, (page, posted, base) =>
      this.api.post(`${base}/response-groups`, {
        token: page.token,
        body: { ...responseBody(posted, 'bulk'), commentIds: posted.list('commentIds') },
      }),
    );
  }

  @Post(':lang/office/consultations/:consultationId/comments/:commentId/hiding')
  async hide(@Req() request: Request, @Res() response: Response): Promise<void> {
    const commentId = String(request.params.commentId);
    await this.act(request, response, `h-${commentId}`, ['reason'], (page, posted, base) => {
      const reason = posted.text(`h-${commentId}-reason`);
      return this.api.post(`${base}/comments/${encodeURIComponent(commentId)}/hiding`, {
        token: page.token,
        body: {
          reason: reason === '' ? undefined : { original: page.language, texts: { [page.language]: reason } },
        },
      });
    });
  }

  @Post(':lang/office/consultations/:consultationId/comments/:commentId/duplicate-of')
  async markDuplicate(@Req() request: Request, @Res() response: Response): Promise<void> {
    const commentId = String(request.params.commentId);
    await this.act(request, response, `d-${commentId}`, ['duplicateOf'], (page, posted, base) =>
      this.api.post(`${base}/comments/${encodeURIComponent(commentId)}/duplicate-of`, {
        token: page.token,
        body: { duplicateOf: posted.text(`d-${commentId}-duplicateOf`) },
      }),
    );
  }

  @Post(':lang/office/consultations/:consultationId/offline-comments')
  async enterOffline(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'offline', OFFLINE_FIELDS, (page, posted, base) => {
      const { body, badTime } = offlineBody(posted);
      if (badTime)
        return Promise.resolve({
          ok: false,
          status: 400,
          code: 'request.invalid',
          detail: '',
          errors: [
            { field: 'receivedAt', rule: 'date-time', message: page.t('office-consultations.bad-time') },
          ],
        });
      return this.api.post(`${base}/offline-comments`, { token: page.token, body });
    });
  }

  /**
   * A form of the consultation page: the API is asked, and the officer lands on the page again, or
   * sees it once more with the refusal beside the fields of the form they sent.
   */
  private async act(
    request: Request,
    response: Response,
    scope: string,
    fields: readonly string[],
    ask: (page: PageContext, posted: Posted, base: string) => Promise<ApiAnswer<unknown>>,
  ): Promise<void> {
    const page = openConsultationsOffice(this.pages, request, response);
    if (!page) return;
    const consultationId = String(request.params.consultationId);
    const posted = postedOf(request);
    const answer = await ask(page, posted, `/consultations/${encodeURIComponent(consultationId)}`);
    if (answer.ok) return this.pages.redirect(response, page.href(`/office/consultations/${consultationId}`));
    const errors = scopedErrors(formErrorsOf(page, answer, fields), scope);
    await this.sendConsultation(request, response, page, errors, posted, answer.status);
  }

  private async sendConsultation(
    request: Request,
    response: Response,
    page: PageContext,
    errors: FormErrors,
    posted: Posted,
    status = 200,
  ): Promise<void> {
    const loaded = await loadConsultation(this.api, page, String(request.params.consultationId));
    if (!loaded.ok) return this.pages.send(request, response, problemPage(page, loaded), loaded.status);
    const data = loaded.body;
    const view = {
      ...data,
      responses: { languages: data.consultation.languages, amendments: standingAmendments(data) },
      filter: filterOf(request),
    };
    this.pages.send(request, response, consultationPage(page, view, errors, posted), status);
  }
}
