import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export const CONSULTATION_STATUSES = ['upcoming', 'open', 'closed', 'outcome-published'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export class ConsultationListQuery {
  @ApiPropertyOptional({ description: 'Only consultations on this plan' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ enum: CONSULTATION_STATUSES })
  @IsOptional()
  @IsIn(CONSULTATION_STATUSES)
  status?: ConsultationStatus;
}
