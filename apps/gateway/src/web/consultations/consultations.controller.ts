import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { NO_ERRORS } from '../kit/forms';
import { formText } from '../kit/form-body';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { PlatformApi, type ApiProblem } from '../kit/platform-api';
import { commentErrorsOf, passageNotFound } from './comment-errors';
import { commentFormPage, commentTakenPage, emptyDraft, type CommentDraft } from './comment-form.pages';
import { parseTarget, passageTarget } from './comment-target';
import { consultationListPage, consultationPage } from './consultation.pages';
import { isUuid } from '../kit/ids';
import type { ConsultationDetail, PublicComment } from './consultations.api';
import type { ConsultationSummary, PlanVersion } from '../consultations-api.views';
import { pathParam, queryParam } from './request-parts';
import { problemPage } from './written-text';

@ApiExcludeController()
@Controller()
export class ConsultationPagesController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  @Get(':lang/consultations')
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const answer = await this.api.get<ConsultationSummary[]>('/consultations', { token: page.token });
    if (!answer.ok) return this.pages.send(request, response, problemPage(page, answer), answer.status);
    this.pages.send(request, response, consultationListPage(page, answer.body));
  }

  @Get(':lang/consultations/:consultationId')
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const loaded = await this.consultationAndPlan(page, pathParam(request, 'consultationId'));
    if ('problem' in loaded)
      return this.pages.send(request, response, problemPage(page, loaded.problem), loaded.problem.status);
    const comments = await this.api.get<{ comments: PublicComment[] }>(
      `/consultations/${loaded.consultation.consultationId}/comments`,
      { token: page.token },
    );
    if (!comments.ok) return this.pages.send(request, response, problemPage(page, comments), comments.status);
    this.pages.send(
      request,
      response,
      consultationPage(
        page,
        loaded.consultation,
        loaded.plan,
        comments.body.comments.filter((comment) => !comment.withdrawn),
      ),
    );
  }

  @Get(':lang/consultations/:consultationId/comments/new')
  async newComment(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    if (!page.signedIn) return this.toSignIn(page, response, page.path);
    const loaded = await this.consultationAndPlan(page, pathParam(request, 'consultationId'));
    if ('problem' in loaded)
      return this.pages.send(request, response, problemPage(page, loaded.problem), loaded.problem.status);
    const target = parseTarget(queryParam(request, 'target') || 'plan', loaded.plan);
    if (!target) return this.notFound(request, response, page);
    const draft = {
      ...emptyDraft(page),
      quote: queryParam(request, 'quote'),
      start: queryParam(request, 'start'),
      end: queryParam(request, 'end'),
    };
    this.pages.send(
      request,
      response,
      commentFormPage(page, { ...loaded, target, draft, errors: NO_ERRORS }),
    );
  }

  @Post(':lang/consultations/:consultationId/comments')
  async submit(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    if (!page.signedIn)
      return this.toSignIn(page, response, `/consultations/${pathParam(request, 'consultationId')}`);
    const loaded = await this.consultationAndPlan(page, pathParam(request, 'consultationId'));
    if ('problem' in loaded)
      return this.pages.send(request, response, problemPage(page, loaded.problem), loaded.problem.status);
    const target = parseTarget(formText(request, 'target'), loaded.plan);
    if (!target) return this.notFound(request, response, page);
    const draft = draftOf(request);
    const refused = (errors: ReturnType<typeof commentErrorsOf>, status: number): void =>
      this.pages.send(request, response, commentFormPage(page, { ...loaded, target, draft, errors }), status);
    const aimed = passageTarget(target, loaded.plan, draft.quote, draft);
    if (aimed === 'not-in-text') return refused(passageNotFound(page), 400);
    const id = loaded.consultation.consultationId;
    const answer = await this.api.post<{ commentId: string }>(`/consultations/${id}/comments`, {
      token: page.token,
      body: {
        target: aimed,
        text: draft.text,
        language: draft.language,
        contributorType: draft.contributorType,
        ...(draft.organisationName ? { organisationName: draft.organisationName } : {}),
        publishedAs: draft.named ? 'named' : 'anonymous',
      },
    });
    if (!answer.ok) return refused(commentErrorsOf(page, answer), answer.status);
    this.pages.redirect(response, page.href(`/consultations/${id}/comments/sent`));
  }

  @Get(':lang/consultations/:consultationId/comments/sent')
  async sent(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const loaded = await this.consultationAndPlan(page, pathParam(request, 'consultationId'));
    if ('problem' in loaded)
      return this.pages.send(request, response, problemPage(page, loaded.problem), loaded.problem.status);
    this.pages.send(request, response, commentTakenPage(page, loaded.consultation));
  }

  private async consultationAndPlan(
    page: PageContext,
    consultationId: string,
  ): Promise<{ consultation: ConsultationDetail; plan: PlanVersion } | { problem: ApiProblem }> {
    if (!isUuid(consultationId))
      return { problem: { status: 404, code: 'consultation.not-found', detail: '', errors: [] } };
    const consultation = await this.api.get<ConsultationDetail>(`/consultations/${consultationId}`, {
      token: page.token,
    });
    if (!consultation.ok) return { problem: consultation };
    const { planId, planVersion } = consultation.body;
    const plan = await this.api.get<PlanVersion>(`/consultations/plans/${planId}/versions/${planVersion}`, {
      token: page.token,
    });
    if (!plan.ok) return { problem: plan };
    return { consultation: consultation.body, plan: plan.body };
  }

  private notFound(request: Request, response: Response, page: PageContext): void {
    this.pages.send(
      request,
      response,
      problemPage(page, { status: 404, code: 'page.unknown', detail: '', errors: [] }),
      404,
    );
  }

  /** Commenting needs someone signed in; they come back to the very form they asked for. */
  private toSignIn(page: PageContext, response: Response, next: string): void {
    this.pages.redirect(response, page.href(`/sign-in?next=${encodeURIComponent(page.href(next))}`));
  }
}

const draftOf = (request: Request): CommentDraft => ({
  quote: formText(request, 'quote'),
  start: formText(request, 'start'),
  end: formText(request, 'end'),
  text: formText(request, 'text'),
  language: formText(request, 'language'),
  contributorType: formText(request, 'contributorType'),
  organisationName: formText(request, 'organisationName'),
  named: formText(request, 'publishedAs') === 'named',
});
