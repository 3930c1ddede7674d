import { randomUUID } from 'node:crypto';
import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { NotFound } from '@commonplan/kernel';
import { formText } from '../kit/form-body';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { PlatformApi, type ApiAnswer } from '../kit/platform-api';
import { choicesOf, draftFromForm, draftFromReceipt, EMPTY_DRAFT, type BallotDraft } from './ballot-form';
import { ballotPage } from './ballot.pages';
import type { BallotSetting } from './ballot-setting';
import { noBallotPage, receiptPage, reviewPage } from './review.pages';
import type { BallotReceipt, CycleSummary, CycleView, ProjectView } from '../budgeting-api.views';
import { isUuid } from '../kit/ids';
import { cyclePage, cyclesPage, projectPage } from './cycle.pages';

/** The identity API's answer about the reader, as far as a ballot needs it. */
interface Me {
  readonly residence: { readonly district?: string };
}

const queryText = (request: Request, name: string): string => {
  const value = request.query[name];
  return typeof value === 'string' ? value : '';
};

/** An id that is no cycle's or project's is a page that does not exist, whatever the API called it. */
const found = <T>(answer: ApiAnswer<T>): T => {
  if (answer.ok) return answer.body;
  if (answer.status === 404 || answer.status === 400)
    throw new NotFound('page.unknown', 'there is no such page', { field: 'path' });
  throw new Error(`the budgeting API answered ${answer.status} ${answer.code}`);
};

const cycleIdOf = (request: Request): string => {
  const cycleId = String(request.params.cycleId);
  if (!isUuid(cycleId)) throw new NotFound('page.unknown', 'there is no such page', { field: 'cycleId' });
  return cycleId;
};

/** The fields a refused ballot names; the rest (eligibility, voting closed) go in the summary. */
const BALLOT_FIELDS = ['projects', 'points'];

/** Residents' pages of participatory budgets: cycles, projects, and the ballot from choice to receipt. */
@ApiExcludeController()
@Controller()
export class BudgetsPagesController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  @Get(':lang/budgets')
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const { cycles } = found(
      await this.api.get<{ cycles: CycleSummary[] }>('/budgeting/cycles', { token: page.token }),
    );
    this.pages.send(request, response, cyclesPage(page, cycles));
  }

  @Get(':lang/budgets/:cycleId')
  async cycle(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycleId = cycleIdOf(request);
    const [cycle, projects] = await Promise.all([
      this.cycleOf(page, cycleId),
      this.projectsOf(page, cycleId),
    ]);
    const filter = { district: queryText(request, 'district'), category: queryText(request, 'category') };
    this.pages.send(request, response, cyclePage(page, cycle, projects, filter));
  }

  @Get(':lang/budgets/:cycleId/projects/:projectId')
  async project(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycleId = cycleIdOf(request);
    const projectId = String(request.params.projectId);
    if (!isUuid(projectId))
      throw new NotFound('page.unknown', 'there is no such page', { field: 'projectId' });
    const [cycle, project] = await Promise.all([
      this.cycleOf(page, cycleId),
      this.api.get<ProjectView>(`/budgeting/projects/${projectId}`, { token: page.token }).then(found),
    ]);
    if (project.cycleId !== cycleId)
      throw new NotFound('page.unknown', 'the project is in another cycle', { field: 'projectId' });
    this.pages.send(request, response, projectPage(page, cycle, project));
  }

  @Get(':lang/budgets/:cycleId/ballot')
  async ballot(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycleId = cycleIdOf(request);
    if (!page.signedIn) return this.toSignIn(page, response, cycleId);
    const cycle = await this.cycleOf(page, cycleId);
    const receipt = page.isResident ? await this.receiptOf(page, cycleId) : undefined;
    if (!this.votingOpenFor(page, request, response, cycle, receipt)) return;
    const setting = await this.settingOf(page, cycle);
    const draft = receipt ? draftFromReceipt(receipt) : EMPTY_DRAFT;
    this.pages.send(
      request,
      response,
      ballotPage(page, setting, { draft, errors: NO_ERRORS, alreadyCast: receipt !== undefined }),
    );
  }

  @Post(':lang/budgets/:cycleId/ballot/review')
  async review(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycleId = cycleIdOf(request);
    if (!page.signedIn) return this.toSignIn(page, response, cycleId);
    const cycle = await this.cycleOf(page, cycleId);
    if (!this.votingOpenFor(page, request, response, cycle, undefined)) return;
    const setting = await this.settingOf(page, cycle);
    const draft = draftFromForm(request, cycle.ballotRules.kind, setting.offered);
    const read = choicesOf(page, cycle.ballotRules.kind, draft);
    if ('errors' in read) return this.refused(request, response, page, setting, draft, read.errors, 400);
    const order =
      read.choices.kind === 'cumulative' ? Object.keys(read.choices.points) : read.choices.projects;
    // Made once per review, carried by the form: a second press of "Cast" is the same ballot, cast once.
    this.pages.send(request, response, reviewPage(page, setting, draft, order, randomUUID()));
  }

  @Post(':lang/budgets/:cycleId/ballot')
  async cast(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycleId = cycleIdOf(request);
    if (!page.signedIn) return this.toSignIn(page, response, cycleId);
    const cycle = await this.cycleOf(page, cycleId);
    const setting = await this.settingOf(page, cycle);
    const draft = draftFromForm(request, cycle.ballotRules.kind, setting.offered);
    if (formText(request, 'action') === 'change')
      return this.pages.send(
        request,
        response,
        ballotPage(page, setting, { draft, errors: NO_ERRORS, alreadyCast: false }),
      );
    const read = choicesOf(page, cycle.ballotRules.kind, draft);
    if ('errors' in read) return this.refused(request, response, page, setting, draft, read.errors, 400);
    const key = formText(request, 'idempotencyKey');
    const answer = await this.api.post<BallotReceipt>(`/budgeting/cycles/${cycleId}/ballots`, {
      token: page.token,
      body: read.choices,
      headers: isUuid(key) ? { 'idempotency-key': key } : {},
    });
    if (!answer.ok)
      return this.refused(
        request,
        response,
        page,
        setting,
        draft,
        formErrorsOf(page, answer, BALLOT_FIELDS),
        answer.status,
      );
    this.pages.redirect(response, page.href(`/budgets/${cycleId}/ballot/receipt`));
  }

  @Get(':lang/budgets/:cycleId/ballot/receipt')
  async receipt(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycleId = cycleIdOf(request);
    if (!page.signedIn) return this.toSignIn(page, response, cycleId, '/receipt');
    const cycle = await this.cycleOf(page, cycleId);
    const receipt = await this.receiptOf(page, cycleId);
    if (!receipt) return this.pages.redirect(response, page.href(`/budgets/${cycleId}/ballot`));
    this.pages.send(request, response, receiptPage(page, cycle, receipt));
  }

  private toSignIn(page: PageContext, response: Response, cycleId: string, after = ''): void {
    const next = page.href(`/budgets/${cycleId}/ballot${after}`);
    this.pages.redirect(response, `${page.href('/sign-in')}?next=${encodeURIComponent(next)}`);
  }

  /** Whether the ballot form may be shown; if not, the page saying why has been sent. */
  private votingOpenFor(
    page: PageContext,
    request: Request,
    response: Response,
    cycle: CycleView,
    receipt: BallotReceipt | undefined,
  ): boolean {
    const reason = !page.isResident
      ? 'not-resident'
      : cycle.phase === 'voting'
        ? undefined
        : ['proposals', 'supports', 'feasibility'].includes(cycle.phase)
          ? 'not-open'
          : 'closed';
    if (reason) this.pages.send(request, response, noBallotPage(page, cycle, reason, receipt !== undefined));
    return reason === undefined;
  }

  private refused(
    request: Request,
    response: Response,
    page: PageContext,
    setting: BallotSetting,
    draft: BallotDraft,
    errors: FormErrors,
    status: number,
  ): void {
    this.pages.send(
      request,
      response,
      ballotPage(page, setting, { draft, errors, alreadyCast: false }),
      status,
    );
  }

  private cycleOf(page: PageContext, cycleId: string): Promise<CycleView> {
    return this.api.get<CycleView>(`/budgeting/cycles/${cycleId}`, { token: page.token }).then(found);
  }

  private async projectsOf(page: PageContext, cycleId: string): Promise<ProjectView[]> {
    const answer = await this.api.get<{ projects: ProjectView[] }>(`/budgeting/cycles/${cycleId}/projects`, {
      token: page.token,
    });
    return found(answer).projects;
  }

  /** The voter's own ballot as it counts now; none before the first cast, nor once the box is sealed. */
  private async receiptOf(page: PageContext, cycleId: string): Promise<BallotReceipt | undefined> {
    const answer = await this.api.get<BallotReceipt>(`/budgeting/cycles/${cycleId}/my-ballot`, {
      token: page.token,
    });
    if (answer.ok) return answer.body;
    if (answer.status === 404 || answer.status === 422 || answer.status === 403) return undefined;
    throw new Error(`the budgeting API answered ${answer.status} ${answer.code}`);
  }

  /**
   * The projects this voter may choose and the budget they share, as the API will count the ballot:
   * feasible projects of the whole city and of the voter's district, against that district's budget.
   */
  private async settingOf(page: PageContext, cycle: CycleView): Promise<BallotSetting> {
    const [projects, me] = await Promise.all([
      this.projectsOf(page, cycle.cycleId),
      this.api.get<Me>('/identity/me', { token: page.token }),
    ]);
    const declared = me.ok ? me.body.residence.district : undefined;
    const district = cycle.districts.find((candidate) => candidate.name === declared);
    const offered = projects.filter(
      (project) =>
        project.feasibility === 'feasible' &&
        project.mergedInto === null &&
        (project.district === null || project.district === district?.name),
    );
    return { cycle, offered, budget: BigInt(district?.budget ?? cycle.budget.amount) };
  }
}
