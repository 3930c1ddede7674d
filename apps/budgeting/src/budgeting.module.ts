import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ContextContribution } from '@commonplan/nest';
import { BallotBox } from './ballots/ballot-box.adapter';
import { ballotEvents } from './ballots/ballot.events';
import { CastBallotController } from './ballots/cast-ballot/cast-ballot.controller';
import { CastBallotHandler } from './ballots/cast-ballot/cast-ballot.handler';
import { MyBallotController } from './ballots/my-ballot/my-ballot.controller';
import { budgetingMigrations } from './budgeting.migrations';
import { CountedBallotRow } from './counted-ballots/counted-ballot.entity';
import { countedBallotsProjection } from './counted-ballots/counted-ballots.projection';
import { cycleEvents } from './cycles/cycle.events';
import { CycleListing } from './cycles/cycle-listing.entity';
import { cycleListingProjection } from './cycles/cycle-listing.projection';
import { CyclesController } from './cycles/cycles.controller';
import { ProjectFollowingController } from './following/project-following.controller';
import { projectFollowingEvents } from './following/project-following.events';
import { FundedProject } from './implementation/funded-project.entity';
import { ImplementationUpdateRecord } from './implementation/implementation-update.entity';
import { ImplementationController } from './implementation/implementation.controller';
import { implementationProjection } from './implementation/implementation.projection';
import { NotificationFollower } from './notifications/notification-follower.entity';
import { NotificationProject } from './notifications/notification-project.entity';
import { Notification } from './notifications/notification.entity';
import { NotificationsController } from './notifications/notifications.controller';
import { notificationsProjection } from './notifications/notifications.projection';
import { projectEvents } from './projects/project.events';
import { ProjectListing } from './projects/project-listing.entity';
import { projectListingProjection } from './projects/project-listing.projection';
import { ExportPabulibElectionHandler } from './pabulib-exchange/export-pabulib-election.handler';
import { ImportPabulibElectionHandler } from './pabulib-exchange/import-pabulib-election.handler';
import { PabulibExchangeController } from './pabulib-exchange/pabulib-exchange.controller';
import { ProjectsController } from './projects/projects.controller';
import { FundProjects } from './tallies/fund-projects.adapter';
import { TalliesController } from './tallies/tallies.controller';
import { SupportProjectController } from './supports/support-project/support-project.controller';
import { SupportProjectHandler } from './supports/support-project/support-project.handler';
import { supportsEvents } from './supports/supports.events';
import { TallyInputsReader } from './tallies/tally-inputs.adapter';
import { StrikeErasedParticipant, voterRollErasureConsumer } from './voter-roll/personal-data-erased.handler';
import { RecordVerifiedResidence, voterRollConsumer } from './voter-roll/residence-verified.handler';
import { VoterRoll } from './voter-roll/voter-roll.adapter';

/** Participatory budget cycles: projects, feasibility, ballots, tallies and implementation. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProjectListing,
      FundedProject,
      ImplementationUpdateRecord,
      Notification,
      NotificationFollower,
      NotificationProject,
      CountedBallotRow,
      CycleListing,
    ]),
  ],
  controllers: [
    CyclesController,
    ProjectsController,
    ImplementationController,
    ProjectFollowingController,
    NotificationsController,
    CastBallotController,
    MyBallotController,
    TalliesController,
    PabulibExchangeController,
    SupportProjectController,
  ],
  providers: [
    BallotBox,
    VoterRoll,
    RecordVerifiedResidence,
    StrikeErasedParticipant,
    CastBallotHandler,
    TallyInputsReader,
    FundProjects,
    ImportPabulibElectionHandler,
    ExportPabulibElectionHandler,
    SupportProjectHandler,
  ],
})
export class BudgetingModule {}

export const budgetingContext: ContextContribution = {
  name: 'budgeting',
  module: BudgetingModule,
  streamTypes: [cycleEvents, projectEvents, ballotEvents, projectFollowingEvents, supportsEvents],
  migrations: budgetingMigrations,
  projections: [
    projectListingProjection,
    implementationProjection,
    notificationsProjection,
    countedBallotsProjection,
    cycleListingProjection,
  ],
  consumers: [voterRollConsumer, voterRollErasureConsumer],
};
