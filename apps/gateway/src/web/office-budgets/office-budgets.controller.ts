import { randomUUID } from 'node:crypto';
import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { PlatformApi, type ApiAnswer } from '../kit/platform-api';
import { openOfficePage } from '../office/office-access';
import { ballotRulesOf, OPENING_FIELDS, openingOf } from './cycle-form';
import { FormReading } from './form-reading';
import {
  type CycleSummary,
  type CycleView,
  type ProjectView,
  type ResultsView,
} from '../budgeting-api.views';
import { cycleNotFoundPage, cyclesPage, newCyclePage } from './office-budgets.pages';
import {
  errorsFor,
  implementationUpdateOf,
  paperBallotOf,
  RULE_FIELDS,
  SECTIONS,
  UPDATE_FIELDS,
  writtenIn,
} from './cycle-actions';
import type { CycleForm } from './cycle-page-parts';
import { cyclePage } from './office-cycle.pages';

const cycleIdOf = (request: Request): string => String(request.params.cycleId);

@ApiExcludeController()
@Controller()
export class OfficeBudgetsController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  private officer(request: Request, response: Response): PageContext | undefined {
    return openOfficePage(this.pages, request, response, ['officer:budgeting']);
  }

  @Get(':lang/office/budgets')
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.officer(request, response);
    if (!page) return;
    const answer = await this.api.get<{ cycles: CycleSummary[] }>('/budgeting/cycles', { token: page.token });
    this.pages.send(request, response, cyclesPage(page, answer.ok ? answer.body.cycles : []));
  }

  @Get(':lang/office/budgets/new')
  showNew(@Req() request: Request, @Res() response: Response): void {
    const page = this.officer(request, response);
    if (page) this.pages.send(request, response, newCyclePage(page, NO_ERRORS, {}));
  }

  @Post(':lang/office/budgets/new')
  async open(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.officer(request, response);
    if (!page) return;
    const form = new FormReading(request, page);
    const opening = openingOf(form);
    if (form.errors)
      return this.pages.send(request, response, newCyclePage(page, form.errors, form.values), 400);
    const answer = await this.api.post<CycleView>('/budgeting/cycles', { token: page.token, body: opening });
    if (!answer.ok) {
      const errors = formErrorsOf(page, answer, OPENING_FIELDS);
      return this.pages.send(request, response, newCyclePage(page, errors, form.values), answer.status);
    }
    this.pages.redirect(response, page.href(`/office/budgets/${answer.body.cycleId}?done=opened`));
  }

  @Get(':lang/office/budgets/:cycleId')
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.officer(request, response);
    if (!page) return;
    const done = typeof request.query.done === 'string' ? request.query.done : undefined;
    const receipt = typeof request.query.receipt === 'string' ? request.query.receipt : undefined;
    await this.showCycle(request, response, page, { done, receipt });
  }

  @Post(':lang/office/budgets/:cycleId/phase')
  async advance(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'advance', (form, cycleId) => {
      if (form.text('advance-confirm') !== 'yes')
        form.refuse('advance-confirm', 'office-budgets.problem.confirm');
      return {
        call: () => this.api.post(`/budgeting/cycles/${cycleId}/phase-advances`, { token: form.token }),
        fields: {},
      };
    });
  }

  @Post(':lang/office/budgets/:cycleId/ballot-rules')
  async changeRules(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'rules', (form, cycleId) => {
      const { ballotRules, tallyRule } = ballotRulesOf(form);
      return {
        call: () =>
          this.api.put(`/budgeting/cycles/${cycleId}/ballot-rules`, {
            token: form.token,
            body: { ...ballotRules, tallyRule },
          }),
        fields: RULE_FIELDS,
      };
    });
  }

  @Post(':lang/office/budgets/:cycleId/projects')
  async addProject(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'project', (form, cycleId, cycle) => {
      form.required('project-title');
      form.required('project-description');
      form.required('project-category');
      const costEstimate = form.money('project-cost', cycle.budget.currency) ?? form.required('project-cost');
      const district = form.text('project-district');
      return {
        call: () =>
          this.api.post(`/budgeting/cycles/${cycleId}/projects`, {
            token: form.token,
            body: {
              title: writtenIn(form, 'project-title', 'project-language'),
              description: writtenIn(form, 'project-description', 'project-language'),
              category: form.text('project-category'),
              costEstimate,
              ...(district ? { district } : {}),
            },
          }),
        fields: {
          title: 'project-title',
          description: 'project-description',
          category: 'project-category',
          district: 'project-district',
          costEstimate: 'project-cost',
        },
      };
    });
  }

  @Post(':lang/office/budgets/:cycleId/feasibility')
  async assess(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'feasibility', (form, _cycleId, cycle) => {
      const feasible = form.text('feasibility-verdict') === 'feasible';
      const finalCost = feasible
        ? (form.money('feasibility-cost', cycle.budget.currency) ?? form.required('feasibility-cost'))
        : undefined;
      if (!feasible) form.required('feasibility-reason');
      return {
        call: () =>
          this.api.post(
            `/budgeting/projects/${encodeURIComponent(form.text('feasibility-project'))}/feasibility`,
            {
              token: form.token,
              body: feasible
                ? { feasible, finalCost }
                : { feasible, reason: writtenIn(form, 'feasibility-reason', 'feasibility-language') },
            },
          ),
        fields: {
          feasible: 'feasibility-verdict',
          finalCost: 'feasibility-cost',
          reason: 'feasibility-reason',
        },
      };
    });
  }

  @Post(':lang/office/budgets/:cycleId/paper-ballots')
  async recordPaper(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'paper', (form, cycleId, cycle, projects) => {
      const ballot = paperBallotOf(form, cycle, projects);
      return {
        call: () =>
          this.api.post<{ receipt: string }>(`/budgeting/cycles/${cycleId}/paper-ballots`, {
            token: form.token,
            body: ballot,
            headers: { 'idempotency-key': form.text('paper-key') },
          }),
        fields: { participantId: 'paper-participant', projects: 'paper-projects', points: 'paper-projects' },
      };
    });
  }

  @Post(':lang/office/budgets/:cycleId/tally')
  async tally(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'tally', (form, cycleId) => ({
      call: () => this.api.post(`/budgeting/cycles/${cycleId}/tally`, { token: form.token }),
      fields: {},
    }));
  }

  @Post(':lang/office/budgets/:cycleId/overrides')
  async override(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'override', (form, cycleId) => {
      form.required('override-reason');
      return {
        call: () =>
          this.api.post(`/budgeting/cycles/${cycleId}/overrides`, {
            token: form.token,
            body: {
              projectId: form.text('override-project'),
              decision: form.text('override-decision'),
              reason: writtenIn(form, 'override-reason', 'override-language'),
            },
          }),
        fields: { projectId: 'override-project', decision: 'override-decision', reason: 'override-reason' },
      };
    });
  }

  @Post(':lang/office/budgets/:cycleId/results')
  async publish(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'publish', (form, cycleId) => {
      if (form.text('publish-confirm') !== 'yes')
        form.refuse('publish-confirm', 'office-budgets.problem.confirm');
      return {
        call: () => this.api.post(`/budgeting/cycles/${cycleId}/results`, { token: form.token }),
        fields: {},
      };
    });
  }

  @Post(':lang/office/budgets/:cycleId/implementation-updates')
  async update(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.act(request, response, 'update', (form) => ({
      call: () =>
        this.api.post(
          `/budgeting/projects/${encodeURIComponent(form.text('update-project'))}/implementation-updates`,
          { token: form.token, body: implementationUpdateOf(form) },
        ),
      fields: UPDATE_FIELDS,
    }));
  }

  /**
   * Every form of the cycle page: read it, ask the API, and on success go back to the page (303) at
   * the form's section; a refusal shows the page again with the form's errors beside its fields.
   */
  private async act(
    request: Request,
    response: Response,
    name: CycleForm,
    prepare: (
      form: FormReading,
      cycleId: string,
      cycle: CycleView,
      projects: readonly ProjectView[],
    ) => { call: () => Promise<ApiAnswer<unknown>>; fields: Readonly<Record<string, string>> },
  ): Promise<void> {
    const page = this.officer(request, response);
    if (!page) return;
    const loaded = await this.load(page, cycleIdOf(request));
    if (!loaded.cycle.ok) return this.notFound(request, response, page, loaded.cycle.status);
    const form = new FormReading(request, page);
    const { call, fields } = prepare(form, loaded.cycle.body.cycleId, loaded.cycle.body, loaded.projects);
    const refused = (errors: FormErrors, status: number) =>
      this.showCycle(
        request,
        response,
        page,
        { refused: { form: name, errors, values: form.values } },
        status,
      );
    if (form.errors) return refused(form.errors, 400);
    const answer = await call();
    if (!answer.ok) return refused(errorsFor(page, answer, fields), answer.status);
    const receipt = (answer.body as { receipt?: unknown } | undefined)?.receipt;
    const query = typeof receipt === 'string' ? `&receipt=${receipt}` : '';
    this.pages.redirect(
      response,
      page.href(`/office/budgets/${loaded.cycle.body.cycleId}?done=${name}${query}#${SECTIONS[name]}`),
    );
  }

  private async load(page: PageContext, cycleId: string) {
    const path = `/budgeting/cycles/${encodeURIComponent(cycleId)}`;
    const [cycle, projects] = await Promise.all([
      this.api.get<CycleView>(path, { token: page.token }),
      this.api.get<{ projects: ProjectView[] }>(`${path}/projects`, { token: page.token }),
    ]);
    return { cycle, projects: projects.ok ? projects.body.projects : [] };
  }

  private async showCycle(
    request: Request,
    response: Response,
    page: PageContext,
    shown: Pick<Parameters<typeof cyclePage>[1], 'done' | 'receipt' | 'refused'>,
    status = 200,
  ): Promise<void> {
    const { cycle, projects } = await this.load(page, cycleIdOf(request));
    if (!cycle.ok) return this.notFound(request, response, page, cycle.status);
    // Officers of budgeting may see the last tally before it is published.
    const results = await this.api.get<ResultsView>(`/budgeting/cycles/${cycle.body.cycleId}/results`, {
      token: page.token,
    });
    this.pages.send(
      request,
      response,
      cyclePage(page, {
        cycle: cycle.body,
        projects,
        ...(results.ok ? { results: results.body } : {}),
        ...shown,
        ballotKey: randomUUID(),
      }),
      status,
    );
  }

  /** A cycle id that is no UUID names no cycle either: both are a 404 to the reader. */
  private notFound(request: Request, response: Response, page: PageContext, status: number): void {
    this.pages.send(request, response, cycleNotFoundPage(page), status === 400 ? 404 : status);
  }
}
