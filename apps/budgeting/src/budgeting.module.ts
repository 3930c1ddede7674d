import { Module } from '@nestjs/common';
import type { ContextContribution } from '@commonplan/nest';

/** Participatory budget cycles: projects, feasibility, ballots, tallies and implementation. */
@Module({})
export class BudgetingModule {}

export const budgetingContext: ContextContribution = {
  name: 'budgeting',
  module: BudgetingModule,
  streamTypes: [],
  migrations: [],
};
