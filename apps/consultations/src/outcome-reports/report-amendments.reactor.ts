import { Inject, Injectable } from '@nestjs/common';
import {
  comparePositions,
  parseStreamName,
  type EventStore,
  type Position,
  type RecordedEvent,
} from '@commonplan/event-store';
import { EVENT_STORE, EventStreams, HostedReactor, type DomainEvent } from '@commonplan/nest';
import { COMMENT_STREAM, type CommentEvent } from '../comments/comment.events';
import { CONSULTATION_STREAM, type ConsultationEvent } from '../consultations/consultation.events';
import {
  OutcomeInputsReader,
  type OutcomeInputs,
} from '../consultations/publish-outcome/outcome-inputs.adapter';
import { OutcomeReportStore } from './outcome-report-store.adapter';
import { amendmentOf, type Hiding } from './report-amendment';
import { reportsOfOutcome } from './reports-of-outcome';

type Recorded<Event extends DomainEvent> = Event & Pick<RecordedEvent, 'position' | 'recordedAt'>;

/**
 * Rebuilds the published report of a consultation, in every language, when one of its comments is
 * hidden after the outcome: its text leaves the JSON, CSV and HTML, it joins the hidden ones with its
 * public reason, the figures follow, and the report says what changed and when. Each rebuild reads
 * the consultation, its comments and its plan from the log and writes the same bytes for the same
 * log, so a reaction run twice, or all of them again from the start, changes nothing more.
 *
 * What the report as published left out is what its checkpoint does not cover: publishing reads the
 * comments, has a checkpoint signed over them, and starts again if any comment moved before it
 * appends the outcome. A hiding can still be ordered before the outcome in the log and commit while
 * the outcome waits to append, so the outcome is reacted to as well as the hiding.
 */
@Injectable()
export class ReportAmendments extends HostedReactor {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly streams: EventStreams,
    private readonly inputs: OutcomeInputsReader,
    private readonly reports: OutcomeReportStore,
  ) {
    super(
      store,
      { name: 'consultations.outcome-report-amendments', handles: ['CommentHidden', 'OutcomePublished'] },
      'could not amend the published report for a hidden comment; trying again',
    );
  }

  protected async react(event: RecordedEvent): Promise<void> {
    const id = parseStreamName(event.streamName).id;
    if (event.type === 'OutcomePublished') return this.rebuild(id);
    const [submitted] = await this.streams.read<CommentEvent>(COMMENT_STREAM, id);
    if (submitted?.type !== 'CommentSubmitted') return;
    const { consultationId } = submitted.data;
    const consultation = await this.streams.read<ConsultationEvent>(CONSULTATION_STREAM, consultationId);
    const outcome = consultation.find((e) => e.type === 'OutcomePublished');
    if (outcome && comparePositions(event.position, outcome.data.checkpoint.position as Position) > 0)
      await this.rebuild(consultationId);
  }

  private async rebuild(consultationId: string): Promise<void> {
    // Read outside any transaction: it waits for the comment listing, which on PGlite needs the session.
    const inputs = await this.inputs.read(consultationId);
    const reports = reportsOfOutcome(consultationId, inputs.consultation, inputs.comments, inputs.plan);
    const covered = inputs.consultation.outcome!.checkpoint.position as Position;
    const amendment = amendmentOf(reports[0]!, await this.hidingsAfter(inputs, covered));
    // None hidden since, or only withdrawn comments, which the report never listed: it reads as published.
    if (!amendment) return;
    await this.reports.amend(consultationId, reports, amendment);
  }

  /** The consultation's comments hidden after `covered`, each with the time its hiding was recorded. */
  private async hidingsAfter(inputs: OutcomeInputs, covered: Position): Promise<Hiding[]> {
    const hidings: Hiding[] = [];
    for (const [commentId, comment] of inputs.comments) {
      if (!comment.hidden) continue;
      const events = await this.streams.read<Recorded<CommentEvent>>(COMMENT_STREAM, commentId);
      const hidden = events.find((event) => event.type === 'CommentHidden');
      if (hidden && comparePositions(hidden.position, covered) > 0)
        hidings.push({ commentId, hiddenAt: hidden.recordedAt.toISOString() });
    }
    return hidings;
  }
}
