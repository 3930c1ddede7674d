import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { isUuid } from '../kit/ids';
import type { Notice, OwnComment } from '../consultations/consultations.api';
import type { ConsultationSummary, PlanVersion } from '../consultations-api.views';
import { pathParam } from '../consultations/request-parts';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../kit/forms';
import { formText } from '../kit/form-body';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { PlatformApi } from '../kit/platform-api';
import { mePage, myCommentsPage } from './me.pages';

/** The resident's own page: what they said, and what the city did with it. */
@ApiExcludeController()
@Controller()
export class MePagesController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  @Get(':lang/me')
  show(@Req() request: Request, @Res() response: Response): void {
    const page = this.pages.open(request);
    if (!page.signedIn) return this.toSignIn(page, response, '/me');
    this.pages.send(request, response, mePage(page));
  }

  @Get(':lang/me/comments')
  async comments(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    if (!page.signedIn) return this.toSignIn(page, response, '/me/comments');
    await this.sendComments(request, response, page, NO_ERRORS, 200);
  }

  @Post(':lang/me/comments/:commentId/withdrawal')
  async withdraw(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    if (!page.signedIn) return this.toSignIn(page, response, '/me/comments');
    const commentId = pathParam(request, 'commentId');
    const consultationId = formText(request, 'consultationId');
    if (!isUuid(commentId) || !isUuid(consultationId)) {
      const errors = { byField: new Map(), general: [page.t('me.comments.unknown')] };
      return this.sendComments(request, response, page, errors, 404);
    }
    const answer = await this.api.delete(`/consultations/${consultationId}/comments/${commentId}`, {
      token: page.token,
    });
    if (!answer.ok)
      return this.sendComments(request, response, page, formErrorsOf(page, answer, []), answer.status);
    this.pages.redirect(response, page.href('/me/comments?withdrawn=1'));
  }

  private async sendComments(
    request: Request,
    response: Response,
    page: PageContext,
    errors: FormErrors,
    status: number,
  ): Promise<void> {
    const token = page.token;
    const [comments, notices, consultations] = await Promise.all([
      this.api.get<{ comments: OwnComment[] }>('/consultations/me/comments', { token }),
      this.api.get<{ notices: (Notice & { commentId: string })[] }>('/consultations/me/notices', { token }),
      this.api.get<ConsultationSummary[]>('/consultations', { token }),
    ]);
    const problem = [comments, notices, consultations].find((answer) => !answer.ok);
    const byId = new Map(
      consultations.ok
        ? consultations.body.map((consultation) => [consultation.consultationId, consultation])
        : [],
    );
    const plans = await this.plansOf(comments.ok ? comments.body.comments : [], byId);
    const failed = problem && !problem.ok ? formErrorsOf(page, problem, []) : errors;
    this.pages.send(
      request,
      response,
      myCommentsPage(page, {
        comments: comments.ok ? comments.body.comments : [],
        notices: new Map(notices.ok ? notices.body.notices.map((notice) => [notice.commentId, notice]) : []),
        consultations: byId,
        plans,
        errors: failed,
        withdrawn: status === 200 && request.query.withdrawn === '1',
      }),
      problem && !problem.ok ? problem.status : status,
    );
  }

  /** The consulted version of each consultation commented on, to name what each comment is about. */
  private async plansOf(
    comments: readonly OwnComment[],
    consultations: ReadonlyMap<string, ConsultationSummary>,
  ): Promise<Map<string, PlanVersion>> {
    const plans = new Map<string, PlanVersion>();
    for (const consultationId of new Set(comments.map((comment) => comment.consultationId))) {
      const consultation = consultations.get(consultationId);
      if (!consultation) continue;
      const plan = await this.api.get<PlanVersion>(
        `/consultations/plans/${consultation.planId}/versions/${consultation.planVersion}`,
      );
      if (plan.ok) plans.set(consultationId, plan.body);
    }
    return plans;
  }

  private toSignIn(page: PageContext, response: Response, next: string): void {
    this.pages.redirect(response, page.href(`/sign-in?next=${encodeURIComponent(page.href(next))}`));
  }
}
