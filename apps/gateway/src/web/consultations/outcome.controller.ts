import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Pages } from '../kit/pages';
import { PlatformApi } from '../kit/platform-api';
import { isUuid } from '../kit/ids';
import type { OutcomeReport, PlanDiff, PublicComment } from './consultations.api';
import type { PlanVersion } from '../consultations-api.views';
import { outcomePage } from './outcome.pages';
import { planDiffPage } from './plan-diff.pages';
import { pathParam, queryParam } from './request-parts';
import { problemPage } from './written-text';

const NOT_FOUND = { status: 404, code: 'page.unknown', detail: '', errors: [] } as const;

/** What a consultation came to: its outcome report and how the plan changed, read by anyone. */
@ApiExcludeController()
@Controller()
export class OutcomePagesController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  @Get(':lang/consultations/:consultationId/outcome')
  async outcome(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const id = pathParam(request, 'consultationId');
    if (!isUuid(id)) return this.pages.send(request, response, problemPage(page, NOT_FOUND), 404);
    const report = await this.api.get<OutcomeReport>(`/consultations/${id}/outcome?lang=${page.language}`);
    if (!report.ok) return this.pages.send(request, response, problemPage(page, report), report.status);
    this.pages.send(request, response, outcomePage(page, report.body));
  }

  @Get(':lang/plans/:planId/diff')
  async diff(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const planId = pathParam(request, 'planId');
    if (!isUuid(planId)) return this.pages.send(request, response, problemPage(page, NOT_FOUND), 404);
    const range = new URLSearchParams({
      from: queryParam(request, 'from'),
      to: queryParam(request, 'to'),
    });
    const diff = await this.api.get<PlanDiff>(`/consultations/plans/${planId}/diff?${range}`);
    if (!diff.ok) return this.pages.send(request, response, problemPage(page, diff), diff.status);
    const [from, to] = await Promise.all(
      [diff.body.from, diff.body.to].map((version) =>
        this.api.get<PlanVersion>(`/consultations/plans/${planId}/versions/${version}`),
      ),
    );
    if (!from!.ok) return this.pages.send(request, response, problemPage(page, from!), from!.status);
    if (!to!.ok) return this.pages.send(request, response, problemPage(page, to!), to!.status);
    const comments = await this.commentsBehind(diff.body);
    this.pages.send(
      request,
      response,
      planDiffPage(page, diff.body, { from: from!.body, to: to!.body }, comments),
    );
  }

  /** The published comments of every consultation whose amendments made the difference, by id. */
  private async commentsBehind(diff: PlanDiff): Promise<Map<string, PublicComment>> {
    const consultations = new Set(
      diff.differences.flatMap((difference) =>
        difference.amendments.map(({ consultationId }) => consultationId),
      ),
    );
    const found = new Map<string, PublicComment>();
    for (const consultationId of consultations) {
      const listed = await this.api.get<{ comments: PublicComment[] }>(
        `/consultations/${consultationId}/comments`,
      );
      if (listed.ok) for (const comment of listed.body.comments) found.set(comment.commentId, comment);
    }
    return found;
  }
}
