import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ContextContribution } from '@commonplan/nest';
import { BallotBox } from './ballots/ballot-box.adapter';
import { ballotEvents } from './ballots/ballot.events';
import { budgetingMigrations } from './budgeting.migrations';
import { cycleEvents } from './cycles/cycle.events';
import { CyclesController } from './cycles/cycles.controller';
import { projectEvents } from './projects/project.events';
import { ProjectListing } from './projects/project-listing.entity';
import { projectListingProjection } from './projects/project-listing.projection';
import { ProjectsController } from './projects/projects.controller';
import { RecordVerifiedResidence, voterRollConsumer } from './voter-roll/residence-verified.handler';
import { VoterRoll } from './voter-roll/voter-roll.adapter';

/** Participatory budget cycles: projects, feasibility, ballots, tallies and implementation. */
@Module({
  imports: [TypeOrmModule.forFeature([ProjectListing])],
  controllers: [CyclesController, ProjectsController],
  providers: [BallotBox, VoterRoll, RecordVerifiedResidence],
})
export class BudgetingModule {}

export const budgetingContext: ContextContribution = {
  name: 'budgeting',
  module: BudgetingModule,
  streamTypes: [cycleEvents, projectEvents, ballotEvents],
  migrations: budgetingMigrations,
  projections: [projectListingProjection],
  consumers: [voterRollConsumer],
};
