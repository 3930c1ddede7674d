import { Controller, Get } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Repository } from 'typeorm';
import { PlanRecord } from '../plan-versions/plan-record.entity';

/**
 * Every plan for the officers who put them to consultation: a plan id is not something they should
 * have to carry around between the import and the opening of a consultation.
 */
@ApiTags('consultations')
@Controller('consultations')
export class PlanListingController {
  constructor(@InjectRepository(PlanRecord) private readonly plans: Repository<PlanRecord>) {}

  @Get('plans')
  @ApiOperation({ summary: 'Every plan, drafts included, the latest drafted first (officers)' })
  @ApiOkResponse({ description: '`latestVersion` is null while the plan is only a draft' })
  async list() {
    const rows = await this.plans.find({ order: { draftedAt: 'DESC', planId: 'ASC' } });
    return {
      plans: rows.map((plan) => ({
        planId: plan.planId,
        kind: plan.kind,
        title: plan.title,
        language: plan.language,
        latestVersion: plan.latestVersion,
        draftedAt: plan.draftedAt.toISOString(),
        hasDraft: plan.draft !== null,
      })),
    };
  }
}
