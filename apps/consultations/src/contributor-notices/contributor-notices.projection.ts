import { In, type EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import { evolveComment, initialComment, type Comment } from '../comments/comment';
import type { CommentEvent } from '../comments/comment.events';
import type { ConsultationEvent } from '../consultations/consultation.events';
import type { PlanEvent, PlanSection } from '../plans/plan.events';
import { noticesOfOutcome, type StandingAmendment } from './contributor-notice';
import { ContributorNoticeRecord } from './contributor-notice.entity';
import {
  NoticeAmendment,
  NoticeComment,
  NoticeConsultation,
  NoticePlanElement,
} from './notice-sources.entity';

const CHUNK = 500;

const labelsOf = (sections: readonly PlanSection[]) =>
  sections.flatMap((section) => [
    { elementId: section.sectionId, label: section.heading },
    ...section.measures.map((measure) => ({ elementId: measure.measureId, label: measure.number })),
  ]);

const saveLabels = async (manager: EntityManager, labels: readonly NoticePlanElement[]): Promise<void> => {
  for (let at = 0; at < labels.length; at += CHUNK)
    await manager.upsert(NoticePlanElement, labels.slice(at, at + CHUNK), ['elementId']);
};

const applyPlan = async (event: PlanEvent, manager: EntityManager): Promise<void> => {
  if (event.type === 'PlanDrafted' || event.type === 'PlanDraftRevised')
    await saveLabels(manager, labelsOf(event.data.sections));
  if (event.type === 'PlanVersionDerived')
    await saveLabels(
      manager,
      event.data.amendments.flatMap((a) =>
        a.kind === 'add' && a.number !== null ? [{ elementId: a.measureId, label: a.number }] : [],
      ),
    );
};

const applyComment = async (commentId: string, event: CommentEvent, manager: EntityManager) => {
  const row = await manager.findOneBy(NoticeComment, { commentId });
  const state = evolveComment(row?.state ?? initialComment(), event);
  const consultationId = state.submission?.consultationId;
  if (consultationId === undefined) return;
  await manager.upsert(NoticeComment, { commentId, consultationId, state }, ['commentId']);
};

const standingAmendments = async (manager: EntityManager, consultationId: string) => {
  const rows = await manager.find(NoticeAmendment, {
    where: { consultationId, withdrawn: false },
    order: { position: 'ASC' },
  });
  return rows.map(({ amendmentId, kind, measureId, number, motivatedBy }): StandingAmendment => ({
    amendmentId,
    kind,
    measureId,
    number,
    motivatedBy,
  }));
};

/** Writes the notices of a published outcome from the comments as they stood at publication. */
const publishNotices = async (consultationId: string, publishedAt: string, manager: EntityManager) => {
  const consultation = await manager.findOneBy(NoticeConsultation, { consultationId });
  if (!consultation) return;
  const rows = await manager.find(NoticeComment, { where: { consultationId }, order: { commentId: 'ASC' } });
  const comments = new Map<string, Comment>(rows.map((row) => [row.commentId, row.state]));
  const amendments = await standingAmendments(manager, consultationId);
  const ids = new Set(amendments.map((a) => a.measureId));
  for (const { state } of rows) {
    const target = state.submission?.target;
    if (target?.kind === 'section') ids.add(target.sectionId);
    if (target?.kind === 'measure' || target?.kind === 'passage') ids.add(target.measureId);
  }
  const labels = new Map(
    (await manager.findBy(NoticePlanElement, { elementId: In([...ids]) })).map((e) => [e.elementId, e.label]),
  );
  const notices = noticesOfOutcome({
    consultationId,
    title: consultation.title,
    publishedAt,
    comments,
    amendments,
    labelOf: (elementId) => labels.get(elementId),
  });
  const records = notices.map((notice) => ({
    commentId: notice.commentId,
    consultationId,
    participantId: notice.participantId,
    publishedAt: new Date(publishedAt),
    notice,
  }));
  for (let at = 0; at < records.length; at += CHUNK)
    await manager.upsert(ContributorNoticeRecord, records.slice(at, at + CHUNK), ['commentId']);
  await manager.update(NoticeConsultation, { consultationId }, { outcomePublishedAt: new Date(publishedAt) });
};

const applyConsultation = async (id: string, recorded: RecordedEvent, manager: EntityManager) => {
  const event = { type: recorded.type, data: recorded.data } as ConsultationEvent;
  switch (event.type) {
    case 'ConsultationOpened':
      await manager.upsert(
        NoticeConsultation,
        { consultationId: id, title: event.data.title, outcomePublishedAt: null },
        ['consultationId'],
      );
      return;
    case 'AmendmentProposed': {
      const { amendmentId, kind, measureId, number, motivatedBy } = event.data;
      await manager.upsert(
        NoticeAmendment,
        {
          amendmentId,
          consultationId: id,
          position: recorded.streamPosition,
          kind,
          measureId,
          number,
          motivatedBy,
          withdrawn: false,
        },
        ['amendmentId'],
      );
      return;
    }
    case 'AmendmentWithdrawn':
      await manager.update(NoticeAmendment, { amendmentId: event.data.amendmentId }, { withdrawn: true });
      return;
    case 'OutcomePublished':
      await publishNotices(id, event.data.publishedAt, manager);
      return;
    case 'ConsultationClosed':
      return;
  }
};

const PLAN_EVENTS = ['PlanDrafted', 'PlanDraftRevised', 'PlanVersionDerived'];
const CONSULTATION_EVENTS = [
  'ConsultationOpened',
  'AmendmentProposed',
  'AmendmentWithdrawn',
  'OutcomePublished',
];
const COMMENT_EVENTS = [
  'CommentSubmitted',
  'CommentWithdrawn',
  'CommentHidden',
  'CommentMarkedDuplicate',
  'ResponseDrafted',
];

/**
 * Each contributor's inbox (issue #5, item 6). It folds plans, consultations and comments into tables
 * of its own, and when an outcome is published writes each contributor a notice per comment, from
 * the comments and amendments as they stood at that moment.
 */
export const contributorNoticesProjection: Projection = {
  name: 'consultations.contributor-notices',
  entities: [NoticeConsultation, NoticePlanElement, NoticeAmendment, NoticeComment, ContributorNoticeRecord],
  handles: [...PLAN_EVENTS, ...CONSULTATION_EVENTS, ...COMMENT_EVENTS],
  apply: async (recorded: RecordedEvent, manager: EntityManager) => {
    const id = parseStreamName(recorded.streamName).id;
    if (PLAN_EVENTS.includes(recorded.type))
      await applyPlan({ type: recorded.type, data: recorded.data } as PlanEvent, manager);
    else if (CONSULTATION_EVENTS.includes(recorded.type)) await applyConsultation(id, recorded, manager);
    else await applyComment(id, { type: recorded.type, data: recorded.data } as CommentEvent, manager);
  },
};
