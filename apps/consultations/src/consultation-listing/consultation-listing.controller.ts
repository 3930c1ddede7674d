import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { NotFound } from '@commonplan/kernel';
import { PlanRecord } from '../plan-versions/plan-record.entity';
import { ConsultationComment } from './consultation-comment.entity';
import { ConsultationListing } from './consultation-listing.entity';
import { ConsultationListQuery, type ConsultationStatus } from './consultation-listing.request';

/** Where the consultation stands at `now`: by its dates, even before the scheduler records the closing. */
const statusOf = (consultation: ConsultationListing, now: Date): ConsultationStatus => {
  if (consultation.outcomePublishedAt) return 'outcome-published';
  if (consultation.closed || consultation.closesAt.getTime() <= now.getTime()) return 'closed';
  return consultation.opensAt.getTime() > now.getTime() ? 'upcoming' : 'open';
};

const summaryOf = (consultation: ConsultationListing, now: Date) => ({
  consultationId: consultation.consultationId,
  planId: consultation.planId,
  planVersion: consultation.planVersion,
  title: consultation.title,
  opensAt: consultation.opensAt.toISOString(),
  closesAt: consultation.closesAt.toISOString(),
  languages: consultation.languages,
  whoMayComment: consultation.whoMayComment,
  status: statusOf(consultation, now),
});

@ApiTags('consultations')
@Controller('consultations')
export class ConsultationListingController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Every consultation, the latest opening first (public)' })
  async list(@Query() query: ConsultationListQuery) {
    const now = new Date();
    const consultations = await this.dataSource.getRepository(ConsultationListing).find({
      where: query.planId ? { planId: query.planId } : {},
      order: { opensAt: 'DESC', consultationId: 'ASC' },
    });
    return consultations
      .map((consultation) => summaryOf(consultation, now))
      .filter((consultation) => !query.status || consultation.status === query.status);
  }

  @Get(':consultationId')
  @ApiOperation({
    summary: 'One consultation: the plan version, the period, where it stands, and its counts (public)',
  })
  async consultation(@Param('consultationId', new ParseUUIDPipe()) consultationId: string) {
    const consultation = await this.dataSource
      .getRepository(ConsultationListing)
      .findOneBy({ consultationId });
    if (!consultation) throw new NotFound('consultation.not-found', 'no such consultation');
    const plan = await this.dataSource.getRepository(PlanRecord).findOneBy({ planId: consultation.planId });
    const counted = await this.dataSource
      .getRepository(ConsultationComment)
      .createQueryBuilder('comment')
      .select('comment.state', 'state')
      .addSelect('count(*)::int', 'count')
      .where('comment.consultationId = :consultationId', { consultationId })
      .groupBy('comment.state')
      .getRawMany<{ state: ConsultationComment['state']; count: number }>();
    const count = (state: ConsultationComment['state']) =>
      counted.find((row) => row.state === state)?.count ?? 0;
    return {
      ...summaryOf(consultation, new Date()),
      plan: { planId: consultation.planId, title: plan?.title ?? null, version: consultation.planVersion },
      explanation: consultation.explanation,
      nextPlanVersion: consultation.nextPlanVersion,
      outcomePublishedAt: consultation.outcomePublishedAt?.toISOString() ?? null,
      counts: {
        // Every comment received; withdrawn and hidden ones are among them and counted apart too.
        comments: counted.reduce((total, row) => total + row.count, 0),
        withdrawn: count('withdrawn'),
        hidden: count('hidden'),
        amendments: consultation.amendments,
      },
    };
  }
}
