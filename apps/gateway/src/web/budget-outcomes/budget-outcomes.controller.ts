import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { PlatformApi } from '../kit/platform-api';
import type {
  CountedBallotsView,
  CycleView,
  ImplementationView,
  NotificationView,
  ProjectView,
  ResultsView,
} from '../budgeting-api.views';
import { countedBallotsPage, type ReceiptLookup } from './counted-ballots.pages';
import { implementationPage } from './implementation.pages';
import { notificationsPage } from './notifications.pages';
import { notFoundPage } from './outcome-pages';
import { resultsNotPublishedPage, resultsPage } from './results.pages';

/** Receipts are shown in groups or copied with spaces and capitals; the list has them bare. */
const normalisedReceipt = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/[\s-]/g, '').toLowerCase() : '';

/** The results of a cycle once counted, the list of counted ballots, and how funded projects get done. */
@ApiExcludeController()
@Controller()
export class BudgetOutcomesPagesController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  private async cycleOf(page: PageContext, cycleId: string): Promise<CycleView | undefined> {
    const answer = await this.api.get<CycleView>(`/budgeting/cycles/${encodeURIComponent(cycleId)}`, {
      token: page.token,
    });
    return answer.ok ? answer.body : undefined;
  }

  private async projectsOf(page: PageContext, cycleId: string): Promise<ReadonlyMap<string, ProjectView>> {
    const answer = await this.api.get<{ projects: ProjectView[] }>(`/budgeting/cycles/${cycleId}/projects`, {
      token: page.token,
    });
    return new Map((answer.ok ? answer.body.projects : []).map((project) => [project.projectId, project]));
  }

  @Get(':lang/budgets/:cycleId/results')
  async results(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycle = await this.cycleOf(page, String(request.params.cycleId));
    if (!cycle) return this.pages.send(request, response, notFoundPage(page), 404);
    const [results, projects] = await Promise.all([
      this.api.get<ResultsView>(`/budgeting/cycles/${cycle.cycleId}/results`, { token: page.token }),
      this.projectsOf(page, cycle.cycleId),
    ]);
    if (!results.ok) return this.pages.send(request, response, resultsNotPublishedPage(page, cycle), 404);
    this.pages.send(request, response, resultsPage(page, { cycle, results: results.body, projects }));
  }

  @Get(':lang/budgets/:cycleId/counted-ballots')
  async countedBallots(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycle = await this.cycleOf(page, String(request.params.cycleId));
    if (!cycle) return this.pages.send(request, response, notFoundPage(page), 404);
    const receipt = normalisedReceipt(request.query.receipt);
    const asked = receipt === '' ? '?limit=1' : `?receipt=${encodeURIComponent(receipt)}`;
    const list = await this.api.get<CountedBallotsView>(
      `/budgeting/cycles/${cycle.cycleId}/counted-ballots${asked}`,
      { token: page.token },
    );
    if (list.ok) {
      const lookup: ReceiptLookup =
        receipt === ''
          ? { kind: 'none' }
          : {
              kind: 'answered',
              receipt,
              list: list.body,
              projects: await this.projectsOf(page, cycle.cycleId),
            };
      return this.pages.send(request, response, countedBallotsPage(page, cycle, list.body, lookup));
    }
    if (list.status !== 400)
      return this.pages.send(request, response, resultsNotPublishedPage(page, cycle), 404);
    // The receipt is not one: say so beside the field, over the list as a whole.
    const whole = await this.api.get<CountedBallotsView>(
      `/budgeting/cycles/${cycle.cycleId}/counted-ballots?limit=1`,
    );
    if (!whole.ok) return this.pages.send(request, response, resultsNotPublishedPage(page, cycle), 404);
    const refused = {
      byField: new Map([['receipt', page.t('budget-outcomes.counted.receipt-invalid')]]),
      general: [],
    };
    this.pages.send(
      request,
      response,
      countedBallotsPage(page, cycle, whole.body, { kind: 'refused', receipt, errors: refused }),
      400,
    );
  }

  @Get(':lang/budgets/projects/:projectId/implementation')
  async implementation(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const projectId = encodeURIComponent(String(request.params.projectId));
    const [project, implementation] = await Promise.all([
      this.api.get<ProjectView>(`/budgeting/projects/${projectId}`, { token: page.token }),
      this.api.get<ImplementationView>(`/budgeting/projects/${projectId}/implementation`, {
        token: page.token,
      }),
    ]);
    if (!project.ok || !implementation.ok) return this.pages.send(request, response, notFoundPage(page), 404);
    const cycle = await this.cycleOf(page, implementation.body.cycleId);
    const followed = page.isResident
      ? await this.api.get<{ projectIds: string[] }>('/budgeting/me/followed-projects', { token: page.token })
      : undefined;
    this.pages.send(
      request,
      response,
      implementationPage(page, {
        project: project.body,
        implementation: implementation.body,
        currency: cycle?.budget.currency ?? 'EUR',
        following: followed?.ok ? followed.body.projectIds.includes(project.body.projectId) : undefined,
      }),
    );
  }

  @Post(':lang/budgets/projects/:projectId/follow')
  follow(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.changeFollowing(request, response, 'post');
  }

  @Post(':lang/budgets/projects/:projectId/unfollow')
  unfollow(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.changeFollowing(request, response, 'delete');
  }

  private async changeFollowing(
    request: Request,
    response: Response,
    method: 'post' | 'delete',
  ): Promise<void> {
    const page = this.pages.open(request);
    const projectId = encodeURIComponent(String(request.params.projectId));
    const back = page.href(`/budgets/projects/${projectId}/implementation`);
    if (!page.token)
      return this.pages.redirect(response, page.href(`/sign-in?next=${encodeURIComponent(back)}`));
    const answer = await this.api[method](`/budgeting/projects/${projectId}/followers`, {
      token: page.token,
    });
    if (!answer.ok && answer.status === 404)
      return this.pages.send(request, response, notFoundPage(page), 404);
    this.pages.redirect(response, back);
  }

  @Get(':lang/me/notifications')
  async notifications(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    if (!page.token)
      return this.pages.redirect(
        response,
        page.href(`/sign-in?next=${encodeURIComponent(page.href('/me/notifications'))}`),
      );
    const answer = await this.api.get<{ notifications: NotificationView[] }>('/budgeting/me/notifications', {
      token: page.token,
    });
    this.pages.send(
      request,
      response,
      notificationsPage(page, answer.ok ? answer.body.notifications : undefined),
    );
  }
}
