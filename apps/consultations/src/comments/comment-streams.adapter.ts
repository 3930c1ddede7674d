import { Injectable } from '@nestjs/common';
import type { SqlSession } from '@commonplan/event-store';
import { NotFound } from '@commonplan/kernel';
import { EventStreams, type Actor } from '@commonplan/nest';
import { evolveConsultation, initialConsultation, type Consultation } from '../consultations/consultation';
import { CONSULTATION_STREAM, type ConsultationEvent } from '../consultations/consultation.events';
import type { ConsultedVersion } from '../consultations/consulted-version';
import { evolvePlan, initialPlan, versionOf, type Plan } from '../plans/plan';
import { PLAN_STREAM, type PlanEvent } from '../plans/plan.events';
import { evolveComment, initialComment, type Comment } from './comment';
import { COMMENT_STREAM, type CommentEvent } from './comment.events';

const consultations = { initial: initialConsultation, evolve: evolveConsultation };
const plans = { initial: initialPlan, evolve: evolvePlan };
export const comments = { initial: initialComment, evolve: evolveComment };

/** A decision about one comment, given the comment, its consultation and the transaction to read more in. */
export type CommentDecision = (
  comment: Comment,
  consultation: Consultation,
  session: SqlSession,
) => Promise<readonly CommentEvent[]> | readonly CommentEvent[];

/**
 * Comments and what deciding about them reads besides, from the log inside the deciding
 * transaction, so a decision never rests on a read model that has not caught up yet.
 */
@Injectable()
export class CommentStreams {
  constructor(private readonly streams: EventStreams) {}

  private readonly versions = new Map<string, ConsultedVersion>();

  /**
   * The consultation, held still until the transaction ends: a comment or a response cannot slip in
   * after the outcome is published. A shared hold, so comments taken at once never wait on each other.
   */
  async consultation(session: SqlSession, consultationId: string): Promise<Consultation> {
    await this.streams.holdStill(session, CONSULTATION_STREAM, consultationId);
    return (await this.consultationToChange(session, consultationId)).state;
  }

  /** The consultation and its version, for a writer to it; take the stream's turn first, not a hold. */
  async consultationToChange(
    session: SqlSession,
    consultationId: string,
  ): Promise<{ state: Consultation; version: number }> {
    const loaded = await this.streams.load<Consultation, ConsultationEvent>(
      CONSULTATION_STREAM,
      consultationId,
      consultations,
      session,
    );
    if (!loaded.state.opened)
      throw new NotFound('consultation.not-found', 'no such consultation', { field: 'consultationId' });
    return loaded;
  }

  /**
   * The plan version a consultation is held on, as far as comments and amendments need to know it.
   * A published version never changes, so it is folded from the plan's stream once per process.
   */
  async consulted(session: SqlSession, consultation: Consultation): Promise<ConsultedVersion> {
    const { planId, planVersion } = consultation.opening!;
    const key = `${planId}/${planVersion}`;
    const known = this.versions.get(key);
    if (known) return known;
    const { state } = await this.streams.load<Plan, PlanEvent>(PLAN_STREAM, planId, plans, session);
    const version = versionOf(state, planVersion);
    if (!version)
      throw new NotFound('plan.version-not-found', 'the consulted version is not there', {
        field: 'planVersion',
      });
    const consulted = { planId, version: planVersion, sections: version.content.sections };
    this.versions.set(key, consulted);
    return consulted;
  }

  async comment(session: SqlSession, commentId: string): Promise<{ state: Comment; version: number }> {
    return this.streams.load<Comment, CommentEvent>(COMMENT_STREAM, commentId, comments, session);
  }

  /**
   * The comments named and every original their duplicate markings lead to: all that the deciders
   * looking across comments (duplicates, responses, amendments) ask about, without reading every
   * comment of the consultation.
   */
  async commentsFrom(session: SqlSession, commentIds: Iterable<string>): Promise<Map<string, Comment>> {
    const found = new Map<string, Comment>();
    const pending = [...commentIds];
    for (let commentId = pending.pop(); commentId !== undefined; commentId = pending.pop()) {
      if (found.has(commentId)) continue;
      const { state } = await this.comment(session, commentId);
      found.set(commentId, state);
      if (state.duplicateOf !== undefined) pending.push(state.duplicateOf);
    }
    return found;
  }

  /**
   * Decides about one comment of one consultation and appends at the version decided on; a comment of
   * another consultation is not found here, whatever its id.
   */
  async change(
    consultationId: string,
    commentId: string,
    actor: Actor,
    decide: CommentDecision,
  ): Promise<Comment> {
    return this.streams.inTransaction(async (session) => {
      const consultation = await this.consultation(session, consultationId);
      const { state, version } = await this.comment(session, commentId);
      if (state.submission?.consultationId !== consultationId)
        throw new NotFound('comment.not-found', 'the consultation has no such comment', {
          field: 'commentId',
        });
      const events = await decide(state, consultation, session);
      await this.streams.append(session, COMMENT_STREAM, commentId, events, version, actor);
      return events.reduce(evolveComment, state);
    });
  }
}
