import { Inject, Injectable } from '@nestjs/common';
import {
  comparePositions,
  decodePosition,
  formatStreamName,
  parseStreamName,
  START,
  type Position,
  type SqlDatabase,
  type SqlSession,
} from '@commonplan/event-store';
import { fold } from '@commonplan/kernel';
import { EventStreams, Processors, SQL_DATABASE, type DomainEvent } from '@commonplan/nest';
import { commentListingProjection } from '../../comment-listing/comment-listing.projection';
import { comments as commentEvolution } from '../../comments/comment-streams.adapter';
import type { Comment } from '../../comments/comment';
import { COMMENT_STREAM, type CommentEvent } from '../../comments/comment.events';
import { evolvePlan, initialPlan, type Plan } from '../../plans/plan';
import { PLAN_STREAM, type PlanEvent } from '../../plans/plan.events';
import { evolveConsultation, initialConsultation, type Consultation } from '../consultation';
import { CONSULTATION_STREAM, type ConsultationEvent } from '../consultation.events';

type Recorded<Event extends DomainEvent> = Event & { readonly position: Position };

/** Everything an outcome is decided and reported from, as it stood at `position`. */
export interface OutcomeInputs {
  readonly consultation: Consultation;
  readonly consultationVersion: number;
  readonly comments: ReadonlyMap<string, Comment>;
  readonly commentVersions: ReadonlyMap<string, number>;
  readonly plan: Plan;
  readonly planVersion: number;
  /** How far the comment listing had read when the consultation's comments were found in it. */
  readonly listedUpTo: Position;
  /** The last event read: the notary's checkpoint must cover it for the report to cite it. */
  readonly position: Position;
}

const latest = (positions: readonly Position[]): Position =>
  positions.reduce((a, b) => (comparePositions(a, b) >= 0 ? a : b), START);

/**
 * Reads an outcome's inputs outside any transaction (waiting for read models in one would hold the
 * one session PGlite has), and tells afterwards, inside the publishing transaction, whether any of
 * them has changed since.
 */
@Injectable()
export class OutcomeInputsReader {
  constructor(
    private readonly streams: EventStreams,
    private readonly processors: Processors,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  async read(consultationId: string): Promise<OutcomeInputs> {
    // The listing is brought up to everything committed, so it knows every comment there is.
    await this.processors.projectionsCaughtUp();
    const { listedUpTo, commentIds } = await this.db.transaction(async (session) => {
      // Shares the row the projection locks to write, so the ids and position are one moment.
      const { rows: checkpoint } = await session.query<{ position: string }>(
        'SELECT position FROM projection_checkpoints WHERE projection = $1 FOR SHARE',
        [commentListingProjection.name],
      );
      const { rows } = await session.query<{ comment_id: string }>(
        'SELECT comment_id FROM consultations_comments WHERE consultation_id = $1',
        [consultationId],
      );
      return {
        listedUpTo: (checkpoint[0]?.position ?? START) as Position,
        commentIds: rows.map((row) => row.comment_id),
      };
    });
    const consultationEvents = await this.streams.read<Recorded<ConsultationEvent>>(
      CONSULTATION_STREAM,
      consultationId,
    );
    const consultation = fold(evolveConsultation, initialConsultation(), consultationEvents);
    const positions = [listedUpTo, ...consultationEvents.map((event) => event.position)];
    const comments = new Map<string, Comment>();
    const commentVersions = new Map<string, number>();
    for (const commentId of commentIds) {
      const events = await this.streams.read<Recorded<CommentEvent>>(COMMENT_STREAM, commentId);
      comments.set(commentId, fold(commentEvolution.evolve, commentEvolution.initial(), events));
      commentVersions.set(commentId, events.length);
      positions.push(...events.slice(-1).map((event) => event.position));
    }
    const planId = consultation.opening?.planId;
    const planEvents = planId ? await this.streams.read<Recorded<PlanEvent>>(PLAN_STREAM, planId) : [];
    positions.push(...planEvents.slice(-1).map((event) => event.position));
    return {
      consultation,
      consultationVersion: consultationEvents.length,
      comments,
      commentVersions,
      plan: fold(evolvePlan, initialPlan(), planEvents),
      planVersion: planEvents.length,
      listedUpTo,
      position: latest(positions),
    };
  }

  /**
   * Whether a comment of the consultation was written to, or a new one taken (an offline comment
   * entered late), since `inputs` were read. Asked inside the publishing transaction once the
   * consultation's stream is its to write, so nothing slips in between the asking and the outcome.
   */
  async changedSince(session: SqlSession, consultationId: string, inputs: OutcomeInputs): Promise<boolean> {
    const names = [...inputs.commentVersions.keys()].map((id) =>
      formatStreamName({ type: COMMENT_STREAM, id }),
    );
    const { rows } = await session.query<{ stream_name: string; version: string | number }>(
      'SELECT stream_name, version FROM streams WHERE stream_name = ANY($1::text[])',
      [names],
    );
    const moved = rows.some(
      (row) => Number(row.version) !== inputs.commentVersions.get(parseStreamName(row.stream_name).id),
    );
    if (moved || rows.length !== names.length) return true;
    // Events the listing had not read when the ids were taken come after its position in the log.
    const { transactionId, globalPosition } = decodePosition(inputs.listedUpTo);
    const { rows: unseen } = await session.query(
      `SELECT 1 FROM events
        WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
          AND stream_type = $5 AND event_type = 'CommentSubmitted' AND data->>'consultationId' = $3
          AND NOT (stream_name = ANY($4::text[]))
        LIMIT 1`,
      [transactionId.toString(), globalPosition.toString(), consultationId, names, COMMENT_STREAM],
    );
    return unseen.length > 0;
  }
}
