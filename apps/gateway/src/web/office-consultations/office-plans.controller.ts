import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../kit/forms';
import { formText } from '../kit/form-body';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { PlatformApi, type ApiProblem } from '../kit/platform-api';
import type { ListedPlan, PlanSummary } from './office-consultations.api';
import { isUuid } from '../kit/ids';
import { NO_SUCH_PAGE, openConsultationsOffice, problemPage } from './office-consultations.view';
import { importPlanPage, planPage } from './plan.pages';

interface PlanDetail {
  readonly planId: string;
  readonly kind: string;
  readonly title: string;
  readonly language: string;
  readonly latestVersion: number | null;
  readonly versions: readonly { readonly sections: number; readonly measures: number }[];
  readonly draft?: { readonly sections: number; readonly measures: number } | null;
}

/**
 * The API names the line a Markdown file breaks at (`line 12: …`); the officer reads it beside the
 * text, with the line first so it can be found in a long file.
 */
const importErrors = (page: PageContext, problem: ApiProblem) => {
  const line = /^line (\d+): (.*)$/.exec(problem.detail);
  if (!line) return formErrorsOf(page, problem, ['markdown', 'kind', 'language'], 'markdown');
  const rule = page.tOr(`problem.${problem.code}`, line[2]!);
  return {
    byField: new Map([['markdown', page.t('office-consultations.import.at-line', { line: line[1]!, rule })]]),
    general: [],
  };
};

@ApiExcludeController()
@Controller()
export class OfficePlansController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  @Get(':lang/office/consultations/plans/new')
  showImport(@Req() request: Request, @Res() response: Response): void {
    const page = openConsultationsOffice(this.pages, request, response);
    if (page) this.pages.send(request, response, importPlanPage(page, NO_ERRORS));
  }

  @Post(':lang/office/consultations/plans/new')
  async import(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = openConsultationsOffice(this.pages, request, response);
    if (!page) return;
    const form = {
      markdown: formText(request, 'markdown'),
      kind: formText(request, 'kind'),
      language: formText(request, 'language'),
    };
    const answer = await this.api.post<PlanSummary>('/consultations/plan-imports', {
      token: page.token,
      body: form,
    });
    if (!answer.ok)
      return this.pages.send(
        request,
        response,
        importPlanPage(page, importErrors(page, answer), form),
        answer.status,
      );
    this.pages.redirect(response, page.href(`/office/consultations/plans/${answer.body.planId}`));
  }

  @Get(':lang/office/consultations/plans/:planId')
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = openConsultationsOffice(this.pages, request, response);
    if (page) await this.sendPlan(request, response, page, NO_ERRORS);
  }

  @Post(':lang/office/consultations/plans/:planId/versions')
  async publish(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = openConsultationsOffice(this.pages, request, response);
    if (!page) return;
    const planId = String(request.params.planId);
    const answer = await this.api.post(`/consultations/plans/${encodeURIComponent(planId)}/versions`, {
      token: page.token,
    });
    if (!answer.ok)
      return this.sendPlan(request, response, page, formErrorsOf(page, answer, []), answer.status);
    this.pages.redirect(response, page.href(`/office/consultations/new?plan=${planId}`));
  }

  private async sendPlan(
    request: Request,
    response: Response,
    page: PageContext,
    errors: FormErrors,
    status = 200,
  ): Promise<void> {
    const planId = String(request.params.planId);
    const answer = isUuid(planId)
      ? await this.api.get<PlanDetail>(`/consultations/plans/${planId}`, { token: page.token })
      : NO_SUCH_PAGE;
    if (!answer.ok) return this.pages.send(request, response, problemPage(page, answer), answer.status);
    const plan = answer.body;
    const counts = plan.draft ?? plan.versions.at(-1) ?? { sections: 0, measures: 0 };
    const listed: ListedPlan = { ...plan, hasDraft: Boolean(plan.draft) };
    this.pages.send(request, response, planPage(page, { ...listed, ...counts }, errors), status);
  }
}
