import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { PlatformApi, type ApiAnswer, type ApiProblem } from '../kit/platform-api';
import type { ListedPlan } from './office-consultations.api';
import { instantOf, openConsultationsOffice, problemPage } from './office-consultations.view';
import { openConsultationPage, planChoice, type OpenForm } from './open-consultation.pages';
import { postedOf } from './posted-form';

const FIELDS = ['plan', 'title', 'explanation', 'opensAt', 'closesAt', 'languages', 'whoMayComment'];

/** The API names the plan by id and version; the form has one choice for both. */
const onTheForm = (problem: ApiProblem): ApiProblem => ({
  ...problem,
  errors: problem.errors.map((issue) =>
    issue.field === 'planId' || issue.field === 'planVersion' ? { ...issue, field: 'plan' } : issue,
  ),
});

const badTimes = (page: PageContext, form: OpenForm): FormErrors | undefined => {
  const bad = (['opensAt', 'closesAt'] as const).filter((name) => instantOf(form[name]) === null);
  if (bad.length === 0) return undefined;
  return {
    byField: new Map(bad.map((name) => [name, page.t('office-consultations.bad-time')])),
    general: [],
  };
};

/** Opening a consultation on a published plan version: the period, the languages and who may comment. */
@ApiExcludeController()
@Controller()
export class OfficeOpeningController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  @Get(':lang/office/consultations/new')
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = openConsultationsOffice(this.pages, request, response);
    if (!page) return;
    const listed = await this.plans(page);
    if (!listed.ok) return this.pages.send(request, response, problemPage(page, listed), listed.status);
    const plans = listed.body.plans;
    const asked = plans.find((plan) => plan.planId === request.query.plan && plan.latestVersion !== null);
    const form: OpenForm = {
      plan: asked ? planChoice(asked) : '',
      title: '',
      explanation: '',
      textLanguage: asked?.language ?? page.language,
      opensAt: '',
      closesAt: '',
      languages: [asked?.language ?? page.language],
      whoMayComment: 'anyone',
    };
    this.pages.send(request, response, openConsultationPage(page, plans, NO_ERRORS, form));
  }

  @Post(':lang/office/consultations/new')
  async open(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = openConsultationsOffice(this.pages, request, response);
    if (!page) return;
    const posted = postedOf(request);
    const form: OpenForm = {
      plan: posted.text('plan'),
      title: posted.text('title'),
      explanation: posted.text('explanation'),
      textLanguage: posted.text('textLanguage'),
      opensAt: posted.text('opensAt'),
      closesAt: posted.text('closesAt'),
      languages: posted.list('languages'),
      whoMayComment: posted.text('whoMayComment'),
    };
    const refuse = async (errors: FormErrors, status: number) => {
      const plans = await this.plans(page);
      this.pages.send(
        request,
        response,
        openConsultationPage(page, plans.ok ? plans.body.plans : [], errors, form),
        status,
      );
    };
    const wrongTimes = badTimes(page, form);
    if (wrongTimes) return refuse(wrongTimes, 400);
    const [planId, version] = form.plan.split(':');
    const text = (value: string) => ({ original: form.textLanguage, texts: { [form.textLanguage]: value } });
    const answer = await this.api.post<{ consultationId: string }>('/consultations', {
      token: page.token,
      body: {
        planId,
        planVersion: Number(version),
        title: text(form.title),
        explanation: text(form.explanation),
        opensAt: instantOf(form.opensAt),
        closesAt: instantOf(form.closesAt),
        languages: form.languages.length > 0 ? form.languages : undefined,
        whoMayComment: form.whoMayComment || undefined,
      },
    });
    if (!answer.ok) return refuse(formErrorsOf(page, onTheForm(answer), FIELDS), answer.status);
    this.pages.redirect(response, page.href(`/office/consultations/${answer.body.consultationId}`));
  }

  private plans(page: PageContext): Promise<ApiAnswer<{ plans: ListedPlan[] }>> {
    return this.api.get<{ plans: ListedPlan[] }>('/consultations/plans', { token: page.token });
  }
}
