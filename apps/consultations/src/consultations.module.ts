import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ContextContribution } from '@commonplan/nest';
import { CommentListing } from './comment-listing/comment-listing.entity';
import { CommentListingController } from './comment-listing/comment-listing.controller';
import { commentListingProjection } from './comment-listing/comment-listing.projection';
import { commentEvents } from './comments/comment.events';
import { CommentStreams } from './comments/comment-streams.adapter';
import { ContributorRoll } from './comments/contributor-roll/contributor-roll.adapter';
import {
  contributorRollConsumer,
  RecordContributorResidence,
} from './comments/contributor-roll/residence-verified.handler';
import { DraftResponseController } from './comments/draft-response/draft-response.controller';
import { DraftResponseHandler } from './comments/draft-response/draft-response.handler';
import { HideCommentController } from './comments/hide-comment/hide-comment.controller';
import { MarkDuplicateController } from './comments/mark-duplicate/mark-duplicate.controller';
import { SubmitCommentController } from './comments/submit-comment/submit-comment.controller';
import { SubmitCommentHandler } from './comments/submit-comment/submit-comment.handler';
import { WithdrawCommentController } from './comments/withdraw-comment/withdraw-comment.controller';
import { ProposeAmendmentController } from './consultations/propose-amendment/propose-amendment.controller';
import { WithdrawAmendmentController } from './consultations/withdraw-amendment/withdraw-amendment.controller';
import { ConsultationComment } from './consultation-listing/consultation-comment.entity';
import { ContributorNoticeRecord } from './contributor-notices/contributor-notice.entity';
import { ContributorNoticesController } from './contributor-notices/contributor-notices.controller';
import { contributorNoticesProjection } from './contributor-notices/contributor-notices.projection';
import {
  NoticeAmendment,
  NoticeComment,
  NoticeConsultation,
  NoticePlanElement,
} from './contributor-notices/notice-sources.entity';
import { outcomeNoticeEvents } from './contributor-notices/outcome-notice.events';
import { outcomeNoticePublications } from './contributor-notices/outcome-notice.relay';
import { OutcomeNotices } from './contributor-notices/outcome-notices.reactor';
import { ConsultationListingController } from './consultation-listing/consultation-listing.controller';
import { ConsultationListing } from './consultation-listing/consultation-listing.entity';
import { consultationListingProjection } from './consultation-listing/consultation-listing.projection';
import { ConsultationClosing } from './consultations/close-consultation/consultation-closing.reactor';
import { OpenConsultationController } from './consultations/open-consultation/open-consultation.controller';
import { OutcomeInputsReader } from './consultations/publish-outcome/outcome-inputs.adapter';
import { PublishOutcomeController } from './consultations/publish-outcome/publish-outcome.controller';
import { PublishOutcomeHandler } from './consultations/publish-outcome/publish-outcome.handler';
import { consultationsMigrations } from './consultations.migrations';
import { consultationEvents } from './consultations/consultation.events';
import { OutcomeReportRecord } from './outcome-reports/outcome-report-record.entity';
import { OutcomeReportStore } from './outcome-reports/outcome-report-store.adapter';
import { OutcomeReportsController } from './outcome-reports/outcome-reports.controller';
import { ReportAmendments } from './outcome-reports/report-amendments.reactor';
import { AmendmentCitation } from './plan-diff/amendment-citation.entity';
import { amendmentCitationsProjection } from './plan-diff/amendment-citations.projection';
import { AmendmentListingController } from './office-listing/amendment-listing.controller';
import { PlanListingController } from './office-listing/plan-listing.controller';
import { PlanDiffController } from './plan-diff/plan-diff.controller';
import { PlanRecord } from './plan-versions/plan-record.entity';
import { PlanVersionRecord } from './plan-versions/plan-version-record.entity';
import { PlanVersionsController } from './plan-versions/plan-versions.controller';
import { planVersionsProjection } from './plan-versions/plan-versions.projection';
import { planEvents } from './plans/plan.events';
import { PlansController } from './plans/plans.controller';

/** Plans and their versions, consultations, comments, the answers to them, and amendments. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PlanRecord,
      PlanVersionRecord,
      AmendmentCitation,
      ConsultationListing,
      ConsultationComment,
      CommentListing,
      NoticeConsultation,
      NoticePlanElement,
      NoticeAmendment,
      NoticeComment,
      ContributorNoticeRecord,
      OutcomeReportRecord,
    ]),
  ],
  controllers: [
    PlansController,
    // Before the listing's `consultations/:consultationId`, which would take `plans` for an id.
    PlanListingController,
    PlanVersionsController,
    PlanDiffController,
    OpenConsultationController,
    ConsultationListingController,
    ContributorNoticesController,
    CommentListingController,
    SubmitCommentController,
    WithdrawCommentController,
    HideCommentController,
    MarkDuplicateController,
    DraftResponseController,
    ProposeAmendmentController,
    AmendmentListingController,
    WithdrawAmendmentController,
    PublishOutcomeController,
    OutcomeReportsController,
  ],
  providers: [
    ConsultationClosing,
    CommentStreams,
    ContributorRoll,
    RecordContributorResidence,
    SubmitCommentHandler,
    DraftResponseHandler,
    OutcomeNotices,
    OutcomeInputsReader,
    OutcomeReportStore,
    ReportAmendments,
    PublishOutcomeHandler,
  ],
})
export class ConsultationsModule {}

export const consultationsContext: ContextContribution = {
  name: 'consultations',
  module: ConsultationsModule,
  streamTypes: [planEvents, consultationEvents, commentEvents, outcomeNoticeEvents],
  migrations: consultationsMigrations,
  projections: [
    planVersionsProjection,
    amendmentCitationsProjection,
    consultationListingProjection,
    commentListingProjection,
    contributorNoticesProjection,
  ],
  consumers: [contributorRollConsumer],
  publishes: outcomeNoticePublications,
};
