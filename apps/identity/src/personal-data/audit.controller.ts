import { Controller, Get, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import type { Repository } from 'typeorm';
import { PersonalDataViewRecord } from './personal-data-view.entity';

export class PersonalDataViewsQuery {
  @IsOptional()
  @IsUUID()
  participantId?: string;

  @IsOptional()
  @IsUUID()
  viewedBy?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

/** The audit log of staff reading personal data, for auditors: read-only, newest first. */
@Controller('identity/audit')
export class AuditController {
  constructor(
    @InjectRepository(PersonalDataViewRecord) private readonly views: Repository<PersonalDataViewRecord>,
  ) {}

  @Get('personal-data-views')
  async personalDataViews(@Query() query: PersonalDataViewsQuery) {
    const views = await this.views.find({
      where: {
        ...(query.participantId ? { participantId: query.participantId } : {}),
        ...(query.viewedBy ? { viewedBy: query.viewedBy } : {}),
      },
      order: { viewedAt: 'DESC' },
      take: query.limit ?? 100,
    });
    return { views };
  }
}
