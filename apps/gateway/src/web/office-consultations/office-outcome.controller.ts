import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SafeHtml } from '../kit/html';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../kit/forms';
import { formText } from '../kit/form-body';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { PlatformApi } from '../kit/platform-api';
import { amendmentsPage } from './amendment.pages';
import { loadConsultation, type ConsultationData } from './consultation-view.loader';
import { measuresOf, openConsultationsOffice, problemPage } from './office-consultations.view';
import { outcomeConfirmPage, outcomePublishedPage } from './outcome.pages';
import { NOTHING_POSTED, postedOf } from './posted-form';

/** A form the API refused, shown again with its answer's status; undefined once redirected. */
interface Refused {
  readonly status: number;
  readonly document: SafeHtml;
}

const AMENDMENT_FIELDS = ['measureId', 'title', 'text', 'motivatedBy', 'originExplanation'];

/** The API checks the new text as `content.text`; the form calls it `text`. */
const onTheForm = (field: string): string => field.replace(/^content\./, '');

/** Amendments to the consulted version, and the outcome that publishes them with every answer. */
@ApiExcludeController()
@Controller()
export class OfficeOutcomeController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  @Get(':lang/office/consultations/:consultationId/amendments/new')
  async showAmendments(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.render(request, response, (page, data) =>
      amendmentsPage(page, data, NO_ERRORS, NOTHING_POSTED),
    );
  }

  @Post(':lang/office/consultations/:consultationId/amendments')
  async amend(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.render(request, response, async (page, data) => {
      const posted = postedOf(request);
      const measure = measuresOf(data.plan).find(
        (candidate) => candidate.measureId === posted.text('measureId'),
      );
      const motivatedBy = posted.list('motivatedBy');
      const elsewhere = posted.text('originExplanation');
      const answer = await this.api.post(this.base(data, '/amendments'), {
        token: page.token,
        body: {
          kind: 'change',
          measureId: posted.text('measureId') || undefined,
          content: measure && {
            title: posted.text('title') || measure.title,
            text: posted.text('text'),
            department: measure.department,
            budget: measure.budget,
            targetGroups: measure.targetGroups,
            indicators: measure.indicators,
          },
          origin: motivatedBy.length > 0 ? 'comments' : 'elsewhere',
          motivatedBy,
          originExplanation: elsewhere
            ? { original: page.language, texts: { [page.language]: elsewhere } }
            : undefined,
        },
      });
      if (answer.ok) return this.again(response, page, data, '/amendments/new');
      const problem = {
        ...answer,
        errors: answer.errors.map((issue) => ({ ...issue, field: onTheForm(issue.field) })),
      };
      return {
        status: answer.status,
        document: amendmentsPage(page, data, formErrorsOf(page, problem, AMENDMENT_FIELDS), posted),
      };
    });
  }

  @Post(':lang/office/consultations/:consultationId/amendments/:amendmentId/withdrawal')
  async withdraw(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.render(request, response, async (page, data) => {
      const amendmentId = encodeURIComponent(String(request.params.amendmentId));
      const answer = await this.api.delete(this.base(data, `/amendments/${amendmentId}`), {
        token: page.token,
      });
      if (answer.ok) return this.again(response, page, data, '/amendments/new');
      return {
        status: answer.status,
        document: amendmentsPage(page, data, formErrorsOf(page, answer, []), NOTHING_POSTED),
      };
    });
  }

  @Get(':lang/office/consultations/:consultationId/outcome/new')
  async confirmOutcome(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.render(request, response, (page, data) =>
      data.consultation.outcomePublishedAt
        ? outcomePublishedPage(page, data)
        : outcomeConfirmPage(page, data, NO_ERRORS),
    );
  }

  @Post(':lang/office/consultations/:consultationId/outcome')
  async publishOutcome(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.render(request, response, async (page, data) => {
      const answer = await this.api.post(this.base(data, '/outcome'), {
        token: page.token,
        body: { publishWithUnanswered: formText(request, 'publishWithUnanswered') === 'yes' },
      });
      if (answer.ok) return this.again(response, page, data, '/outcome');
      // The API names every unanswered comment; the officer needs the rule, and the count is on the page.
      const errors: FormErrors = {
        byField: new Map(),
        general: [page.tOr(`problem.${answer.code}`, answer.detail)],
      };
      return { status: answer.status, document: outcomeConfirmPage(page, data, errors) };
    });
  }

  @Get(':lang/office/consultations/:consultationId/outcome')
  async published(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.render(request, response, (page, data) =>
      data.consultation.outcomePublishedAt
        ? outcomePublishedPage(page, data)
        : outcomeConfirmPage(page, data, NO_ERRORS),
    );
  }

  private base(data: ConsultationData, rest: string): string {
    return `/consultations/${data.consultation.consultationId}${rest}`;
  }

  private again(response: Response, page: PageContext, data: ConsultationData, rest: string): undefined {
    this.pages.redirect(
      response,
      page.href(`/office/consultations/${data.consultation.consultationId}${rest}`),
    );
    return undefined;
  }

  /** Opens the page for an officer, reads the consultation, and sends what `build` makes of it. */
  private async render(
    request: Request,
    response: Response,
    build: (page: PageContext, data: ConsultationData) => SafeHtml | Promise<Refused | undefined>,
  ): Promise<void> {
    const page = openConsultationsOffice(this.pages, request, response);
    if (!page) return;
    const loaded = await loadConsultation(this.api, page, String(request.params.consultationId));
    if (!loaded.ok) return this.pages.send(request, response, problemPage(page, loaded), loaded.status);
    const built = await build(page, loaded.body);
    if (built === undefined) return;
    if (!(built instanceof SafeHtml)) return this.pages.send(request, response, built.document, built.status);
    this.pages.send(request, response, built);
  }
}
