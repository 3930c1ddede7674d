import { Module } from '@nestjs/common';
import type { ContextContribution } from '@commonplan/nest';

/** Follow-up reports and their provenance, built only from integration events (ARCHITECTURE.md §8). */
@Module({})
export class ReportingModule {}

export const reportingContext: ContextContribution = {
  name: 'reporting',
  module: ReportingModule,
  streamTypes: [],
  migrations: [],
};
