import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, EventStreams, type Principal } from '@commonplan/nest';
import { draftPlan } from './draft-plan/draft-plan';
import { importPlan } from './import-plan/import-plan';
import { MarkdownUpload, PlanImportRequest } from './import-plan/plan-import.request';
import { evolvePlan, initialPlan, measuresOf, type Plan } from './plan';
import { PLAN_KINDS, PLAN_STREAM, type PlanEvent, type PlanSection } from './plan.events';
import { PlanDraftRequest } from './plans.request';
import { publishVersion } from './publish-version/publish-version';
import { reviseDraft } from './revise-draft/revise-draft';

const plans = { initial: initialPlan, evolve: evolvePlan };
const planParam = new ParseUUIDPipe();

/** The form's content as the plan's events hold it: ids kept or given, measures numbered in order. */
const sectionsOf = (body: PlanDraftRequest): PlanSection[] => {
  let place = 0;
  return body.sections.map((section) => ({
    sectionId: section.sectionId ?? randomUUID(),
    heading: section.heading,
    introduction: section.introduction ?? null,
    measures: section.measures.map((measure) => {
      place += 1;
      return {
        measureId: measure.measureId ?? randomUUID(),
        number: measure.number ?? String(place),
        title: measure.title,
        text: measure.text,
        department: measure.department ?? null,
        budget: measure.budget ? { amount: measure.budget.amount, currency: measure.budget.currency } : null,
        targetGroups: measure.targetGroups ?? [],
        indicators: measure.indicators ?? [],
      };
    }),
  }));
};

const contentOf = (body: PlanDraftRequest) => ({
  kind: body.kind,
  title: body.title,
  language: body.language,
  summary: body.summary ?? null,
  sections: sectionsOf(body),
  source: 'form' as const,
});

const summaryOf = (planId: string, plan: Plan) => {
  const content = plan.draft ?? plan.versions.at(-1)!.content;
  return {
    planId,
    title: content.title,
    status: plan.draft ? 'draft' : 'published',
    latestVersion: plan.versions.at(-1)?.version ?? null,
    sections: content.sections.length,
    measures: measuresOf(content).length,
  };
};

@ApiTags('consultations')
@Controller('consultations')
export class PlansController {
  constructor(private readonly streams: EventStreams) {}

  @Post('plans')
  @ApiOperation({ summary: 'Draft a plan from a form: its sections and measures (officers)' })
  async draft(@CurrentPrincipal() officer: Principal, @Body() body: PlanDraftRequest) {
    const planId = randomUUID();
    const plan = await this.streams.change<Plan, PlanEvent>(
      PLAN_STREAM,
      planId,
      plans,
      actorOf(officer),
      (state) => draftPlan(state, { ...contentOf(body), draftedBy: officer.participantId }),
    );
    return summaryOf(planId, plan);
  }

  @Post('plan-imports')
  @UseInterceptors(MarkdownUpload)
  @ApiConsumes('application/json', 'text/markdown')
  @ApiQuery({ name: 'kind', enum: PLAN_KINDS, required: false, description: 'With text/markdown' })
  @ApiQuery({ name: 'language', example: 'en', required: false, description: 'With text/markdown' })
  @ApiOperation({
    summary: 'Draft a plan from a Markdown file (officers)',
    description:
      'The first # heading is the title, ## and ### headings are sections, numbered items are measures. ' +
      'Send the file as text/markdown with ?kind=&language=, or as JSON. A file that cannot be read is ' +
      'refused with the line at fault, and nothing is kept.',
  })
  async import(@CurrentPrincipal() officer: Principal, @Body() body: PlanImportRequest) {
    const planId = randomUUID();
    const plan = await this.streams.change<Plan, PlanEvent>(
      PLAN_STREAM,
      planId,
      plans,
      actorOf(officer),
      (state) => importPlan(state, { ...body, importedBy: officer.participantId }, randomUUID),
    );
    return summaryOf(planId, plan);
  }

  @Put('plans/:planId/draft')
  @ApiOperation({
    summary: 'Replace a plan’s draft with the whole content sent, until it is published (officers)',
  })
  async revise(
    @CurrentPrincipal() officer: Principal,
    @Param('planId', planParam) planId: string,
    @Body() body: PlanDraftRequest,
  ) {
    const plan = await this.streams.change<Plan, PlanEvent>(
      PLAN_STREAM,
      planId,
      plans,
      actorOf(officer),
      (state) => reviseDraft(state, { ...contentOf(body), revisedBy: officer.participantId }),
    );
    return summaryOf(planId, plan);
  }

  @Post('plans/:planId/versions')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Publish the draft as version 1, the version put to consultation (officers)',
    description: 'Later versions come only from a consultation’s outcome. Publishing twice is a conflict.',
  })
  async publish(@CurrentPrincipal() officer: Principal, @Param('planId', planParam) planId: string) {
    const plan = await this.streams.change<Plan, PlanEvent>(
      PLAN_STREAM,
      planId,
      plans,
      actorOf(officer),
      (state) => publishVersion(state, officer.participantId),
    );
    return summaryOf(planId, plan);
  }
}
