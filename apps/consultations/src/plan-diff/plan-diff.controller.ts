import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Between, In, type DataSource } from 'typeorm';
import { NotFound } from '@commonplan/kernel';
import { PlanVersionRecord } from '../plan-versions/plan-version-record.entity';
import type { Plan, PlanVersion } from '../plans/plan';
import { AmendmentCitation } from './amendment-citation.entity';
import { planDiff } from './plan-diff';
import { PlanDiffQuery } from './plan-diff.request';

@ApiTags('consultations')
@Controller('consultations/plans/:planId/diff')
export class PlanDiffController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'How a later version of a plan differs from an earlier one, measure by measure (public)',
    description:
      'Every added, removed or changed measure (field by field, before and after), with the amendments ' +
      'that made the change and the comments those amendments cite.',
  })
  async diff(@Param('planId', new ParseUUIDPipe()) planId: string, @Query() { from, to }: PlanDiffQuery) {
    // Versions are found by their place in the list, so every one up to the later is read.
    const rows = await this.dataSource.getRepository(PlanVersionRecord).find({
      where: { planId, version: Between(1, Math.max(from, to)) },
      order: { version: 'ASC' },
    });
    if (rows.length === 0)
      throw new NotFound('plan.not-found', 'no such plan, or none of its versions is published');
    const versions: PlanVersion[] = rows.map((row) => ({
      version: row.version,
      content: row.content,
      ...(row.derivation ? { derivation: row.derivation } : {}),
    }));
    const plan: Plan = { drafted: true, versions, measureIds: new Set(), measureNumbers: new Set() };
    const amendmentIds = versions.flatMap(
      (version) => version.derivation?.amendments.map((amendment) => amendment.amendmentId) ?? [],
    );
    const citations =
      amendmentIds.length === 0
        ? []
        : await this.dataSource.getRepository(AmendmentCitation).findBy({ amendmentId: In(amendmentIds) });
    return {
      planId,
      ...planDiff(plan, from, to, new Map(citations.map((row) => [row.amendmentId, row.commentIds]))),
    };
  }
}
