import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { parseStreamName, type EventStore, type RecordedEvent } from '@commonplan/event-store';
import { StaleVersion } from '@commonplan/kernel';
import { EVENT_STORE, EventStreams, HostedReactor, Processors, type UnnamedActor } from '@commonplan/nest';
import { ContributorNoticeRecord } from './contributor-notice.entity';
import { NoticeConsultation } from './notice-sources.entity';
import { noticeMessage } from './notice-wording';
import { OUTCOME_NOTICES_STREAM, type OutcomeNoticeEvent } from './outcome-notice.events';

/** Nobody in person sends the notices: the publication of the outcome does. */
const ISSUER: UnnamedActor = { unnamed: true, role: 'notifier' };

/** How long one attempt waits for the inbox to take the outcome in before it is tried again. */
const PROJECTION_WAIT_MS = 5_000;

/**
 * Once an outcome is published, records the notices its contributors are owed, word for word, on the
 * consultation's notice stream; the relay publishes each as `CommentOutcomeNoticeDue`, which identity
 * mails. The words come from the inbox, so it waits for the inbox to have written them. Issuing is
 * once per outcome: the events' ids derive from the outcome's, and a stream already there is left be,
 * so a second run, here or in another process, adds nothing.
 */
@Injectable()
export class OutcomeNotices extends HostedReactor {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly streams: EventStreams,
    private readonly processors: Processors,
    @InjectRepository(NoticeConsultation) private readonly consultations: Repository<NoticeConsultation>,
    @InjectRepository(ContributorNoticeRecord) private readonly notices: Repository<ContributorNoticeRecord>,
  ) {
    super(
      store,
      { name: 'consultations.outcome-notices', handles: ['OutcomePublished'] },
      'could not issue the notices of an outcome; trying again',
    );
  }

  protected async react(outcome: RecordedEvent): Promise<void> {
    const consultationId = parseStreamName(outcome.streamName).id;
    await this.processors.projectionsCaughtUp(PROJECTION_WAIT_MS);
    const consultation = await this.consultations.findOneBy({ consultationId });
    if (!consultation?.outcomePublishedAt)
      throw new Error(`the inbox has not yet written the notices of consultation ${consultationId}`);
    const rows = await this.notices.find({ where: { consultationId }, order: { commentId: 'ASC' } });
    const events: OutcomeNoticeEvent[] = rows.map(({ notice }) => ({
      type: 'OutcomeNoticeIssued',
      data: { commentId: notice.commentId, participantId: notice.participantId, ...noticeMessage(notice) },
    }));
    try {
      await this.streams.inTransaction((session) =>
        this.streams.append(session, OUTCOME_NOTICES_STREAM, consultationId, events, 'no-stream', ISSUER, {
          commandId: outcome.eventId,
        }),
      );
    } catch (error) {
      // Issued already, by an earlier run or another process: nobody is told twice.
      if (!(error instanceof StaleVersion)) throw error;
    }
  }
}
