import { Controller, Get, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Repository } from 'typeorm';
import { NotFound } from '@commonplan/kernel';
import type { AuthenticatedRequest } from '@commonplan/nest';
import { measuresOf, type PlanContent } from '../plans/plan';
import { PlanRecord } from './plan-record.entity';
import { PlanVersionRecord } from './plan-version-record.entity';
import { PlanVersionParams } from './plan-versions.request';

const planParam = new ParseUUIDPipe();

const noSuchPlan = () => new NotFound('plan.not-found', 'no such plan');

const isOfficer = (request: AuthenticatedRequest): boolean =>
  request.principal?.badges.has('officer:consultations') ?? false;

const countsOf = (content: PlanContent) => ({
  sections: content.sections.length,
  measures: measuresOf(content).length,
});

/** Plans as residents read them, version by version; drafts are for officers only. */
@ApiTags('consultations')
@Controller('consultations/plans/:planId')
export class PlanVersionsController {
  constructor(
    @InjectRepository(PlanRecord) private readonly plans: Repository<PlanRecord>,
    @InjectRepository(PlanVersionRecord) private readonly versions: Repository<PlanVersionRecord>,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'A plan and its published versions (public once published; officers also see drafts)',
  })
  async plan(@Req() request: AuthenticatedRequest, @Param('planId', planParam) planId: string) {
    const plan = await this.plans.findOneBy({ planId });
    const officer = isOfficer(request);
    if (!plan || (plan.latestVersion === null && !officer)) throw noSuchPlan();
    const versions = await this.versions.find({ where: { planId }, order: { version: 'ASC' } });
    return {
      planId,
      kind: plan.kind,
      title: plan.title,
      language: plan.language,
      latestVersion: plan.latestVersion,
      versions: versions.map((version) => ({
        version: version.version,
        publishedAt: version.publishedAt.toISOString(),
        derivedFrom: version.derivation
          ? {
              version: version.derivation.fromVersion,
              consultationId: version.derivation.consultationId,
              amendments: version.derivation.amendments.length,
            }
          : null,
        ...countsOf(version.content),
      })),
      ...(officer ? { draft: plan.draft ? { source: plan.source, ...countsOf(plan.draft) } : null } : {}),
    };
  }

  @Get('draft')
  @ApiOperation({ summary: 'A plan’s draft, whole, as it would be published (officers)' })
  async draft(@Param('planId', planParam) planId: string) {
    const plan = await this.plans.findOneBy({ planId });
    if (!plan) throw noSuchPlan();
    if (!plan.draft) throw new NotFound('plan.no-draft', 'this plan is published: it has versions, no draft');
    return { planId, source: plan.source, draftedAt: plan.draftedAt.toISOString(), ...plan.draft };
  }

  @Get('versions/:version')
  @ApiOperation({
    summary: 'One published version of a plan, whole: every section and measure as it reads (public)',
  })
  async version(@Param() { planId, version }: PlanVersionParams) {
    const found = await this.versions.findOneBy({ planId, version });
    if (!found)
      throw new NotFound('plan.version-not-found', `the plan has no published version ${version}`, {
        version,
      });
    return {
      planId,
      version,
      publishedAt: found.publishedAt.toISOString(),
      derivedFrom: found.derivation
        ? { version: found.derivation.fromVersion, consultationId: found.derivation.consultationId }
        : null,
      ...found.content,
    };
  }
}
