import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { CycleView, ProjectView } from '../budgeting-api.views';
import { decimalsOf } from '../kit/money';
import { notFoundPage } from '../budget-outcomes/outcome-pages';
import { NO_ERRORS } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import { Pages } from '../kit/pages';
import { PlatformApi } from '../kit/platform-api';
import { proposalErrorsOf, supportRefusalOf } from './proposal-errors';
import { EMPTY_PROPOSAL, proposalBody, proposalFormOf } from './proposal-form';
import { proposalFormPage, proposalReceivedPage, proposalsClosedPage } from './proposal.pages';
import { supportsPage } from './supports.pages';

/** Residents propose projects while a cycle takes proposals, and support them while it counts supports. */
@ApiExcludeController()
@Controller()
export class ProjectProposalsPagesController {
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

  private signInFirst(page: PageContext, response: Response, address: string): void {
    this.pages.redirect(response, page.href(`/sign-in?next=${encodeURIComponent(page.href(address))}`));
  }

  @Get(':lang/budgets/:cycleId/proposals/new')
  async newProposal(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycle = await this.cycleOf(page, String(request.params.cycleId));
    if (!cycle) return this.pages.send(request, response, notFoundPage(page), 404);
    if (cycle.phase !== 'proposals')
      return this.pages.send(request, response, proposalsClosedPage(page, cycle));
    if (!page.signedIn) return this.signInFirst(page, response, `/budgets/${cycle.cycleId}/proposals/new`);
    this.pages.send(
      request,
      response,
      proposalFormPage(page, cycle, EMPTY_PROPOSAL(page.language), NO_ERRORS),
    );
  }

  @Post(':lang/budgets/:cycleId/proposals')
  async propose(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycle = await this.cycleOf(page, String(request.params.cycleId));
    if (!cycle) return this.pages.send(request, response, notFoundPage(page), 404);
    if (!page.token) return this.signInFirst(page, response, `/budgets/${cycle.cycleId}/proposals/new`);
    const form = proposalFormOf(request, page.language);
    const answer = await this.api.post<{ projectId: string }>(`/budgeting/cycles/${cycle.cycleId}/projects`, {
      token: page.token,
      body: proposalBody(form, decimalsOf(cycle.budget.currency)),
    });
    if (!answer.ok)
      return this.pages.send(
        request,
        response,
        proposalFormPage(page, cycle, form, proposalErrorsOf(page, answer)),
        answer.status,
      );
    this.pages.redirect(
      response,
      page.href(`/budgets/${cycle.cycleId}/proposals/${answer.body.projectId}/received`),
    );
  }

  @Get(':lang/budgets/:cycleId/proposals/:projectId/received')
  async received(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const [cycle, project] = await Promise.all([
      this.cycleOf(page, String(request.params.cycleId)),
      this.api.get<ProjectView>(
        `/budgeting/projects/${encodeURIComponent(String(request.params.projectId))}`,
      ),
    ]);
    if (!cycle || !project.ok || project.body.cycleId !== cycle.cycleId)
      return this.pages.send(request, response, notFoundPage(page), 404);
    this.pages.send(request, response, proposalReceivedPage(page, cycle, project.body));
  }

  @Get(':lang/budgets/:cycleId/proposals')
  async proposals(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const cycle = await this.cycleOf(page, String(request.params.cycleId));
    if (!cycle) return this.pages.send(request, response, notFoundPage(page), 404);
    await this.sendSupports(request, response, page, cycle);
  }

  @Post(':lang/budgets/:cycleId/proposals/:projectId/support')
  support(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.changeSupport(request, response, 'post');
  }

  @Post(':lang/budgets/:cycleId/proposals/:projectId/withdraw-support')
  withdrawSupport(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.changeSupport(request, response, 'delete');
  }

  private async changeSupport(
    request: Request,
    response: Response,
    method: 'post' | 'delete',
  ): Promise<void> {
    const page = this.pages.open(request);
    const cycle = await this.cycleOf(page, String(request.params.cycleId));
    if (!cycle) return this.pages.send(request, response, notFoundPage(page), 404);
    const back = `/budgets/${cycle.cycleId}/proposals`;
    if (!page.token) return this.signInFirst(page, response, back);
    const projectId = encodeURIComponent(String(request.params.projectId));
    const answer = await this.api[method](`/budgeting/projects/${projectId}/supports`, { token: page.token });
    if (answer.ok) return this.pages.redirect(response, `${page.href(back)}#project-${projectId}`);
    await this.sendSupports(request, response, page, cycle, [supportRefusalOf(page, answer)], answer.status);
  }

  private async sendSupports(
    request: Request,
    response: Response,
    page: PageContext,
    cycle: CycleView,
    refusals: readonly string[] = [],
    status = 200,
  ): Promise<void> {
    const [projects, mine] = await Promise.all([
      this.api.get<{ projects: ProjectView[] }>(`/budgeting/cycles/${cycle.cycleId}/projects`),
      page.isResident && cycle.phase === 'supports'
        ? this.api.get<{ projectIds: string[] }>(`/budgeting/cycles/${cycle.cycleId}/my-supports`, {
            token: page.token,
          })
        : undefined,
    ]);
    this.pages.send(
      request,
      response,
      supportsPage(page, {
        cycle,
        projects: projects.ok ? projects.body.projects.filter((project) => !project.mergedInto) : [],
        supported: mine?.ok ? new Set(mine.body.projectIds) : undefined,
        refusals,
      }),
      status,
    );
  }
}
