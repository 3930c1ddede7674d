import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import {
  comparePositions,
  latestNotaryCheckpoint,
  type NotaryCheckpoint,
  type Position,
  type SqlDatabase,
  type SqlSession,
} from '@commonplan/event-store';
import { Conflict, RuleViolated } from '@commonplan/kernel';
import { EventStreams, Processors, RUNS_NOTARY, SQL_DATABASE, type Actor } from '@commonplan/nest';
import { CommentStreams } from '../../comments/comment-streams.adapter';
import { reportsOfOutcome } from '../../outcome-reports/reports-of-outcome';
import { OutcomeReportStore } from '../../outcome-reports/outcome-report-store.adapter';
import { deriveVersion } from '../../plans/derive-version/derive-version';
import { evolvePlan, initialPlan, type Plan } from '../../plans/plan';
import { PLAN_STREAM, type PlanEvent } from '../../plans/plan.events';
import { evolveConsultation, type Consultation } from '../consultation';
import { CONSULTATION_STREAM, type Checkpoint, type ConsultationEvent } from '../consultation.events';
import { adoptedAmendments } from './adopted-amendments';
import { OutcomeInputsReader, type OutcomeInputs } from './outcome-inputs.adapter';
import { publishOutcome } from './publish-outcome';

const NOTARY_WAIT_MS = 15_000;
const ATTEMPTS = 3;

export interface PublishedOutcome {
  readonly consultationId: string;
  readonly planId: string;
  readonly nextPlanVersion: number;
  readonly unansweredCommentIds: readonly string[];
  readonly checkpoint: Checkpoint;
}

const citationOf = (checkpoint: NotaryCheckpoint): Checkpoint => ({
  position: checkpoint.position,
  treeSize: checkpoint.treeSize,
  rootHash: checkpoint.rootHash,
  signedAt: checkpoint.signedAt.toISOString(),
  keyId: checkpoint.keyId,
  signature: checkpoint.signature,
});

/** A refusal naming comments names each as an issue the client reads in the problem's `errors`. */
const commentsNamed = <T>(decide: () => T): T => {
  try {
    return decide();
  } catch (error) {
    if (!(error instanceof RuleViolated) || !Array.isArray(error.details.commentIds)) throw error;
    const commentIds = error.details.commentIds as string[];
    throw new RuleViolated(error.code, error.message, {
      ...error.details,
      issues: commentIds.map((commentId) => ({
        field: String(error.details.field),
        rule: error.code,
        message: `comment ${commentId}`,
        commentId,
      })),
    });
  }
};

/**
 * Publishes a consultation's outcome: the outcome, the plan version its standing amendments make and
 * the report in every language of the consultation, in one transaction. The report cites a notary
 * checkpoint that covers every comment it lists.
 */
@Injectable()
export class PublishOutcomeHandler {
  constructor(
    private readonly streams: EventStreams,
    private readonly comments: CommentStreams,
    private readonly inputs: OutcomeInputsReader,
    private readonly reports: OutcomeReportStore,
    private readonly processors: Processors,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(RUNS_NOTARY) private readonly runsNotary: boolean,
  ) {}

  async publish(consultationId: string, withUnanswered: boolean, actor: Actor): Promise<PublishedOutcome> {
    for (let attempt = 1; ; attempt++) {
      const inputs = await this.inputs.read(consultationId);
      const checkpoint = citationOf(await this.checkpointCovering(inputs.position));
      const published = await this.streams.inTransaction((session) =>
        this.publishIn(session, consultationId, inputs, { withUnanswered, checkpoint, actor }),
      );
      if (published) return published;
      if (attempt === ATTEMPTS)
        throw new Conflict(
          'outcome.comments-changing',
          'the comments of this consultation kept changing while the outcome was being published; try again',
        );
    }
  }

  private async publishIn(
    session: SqlSession,
    consultationId: string,
    inputs: OutcomeInputs,
    asked: { withUnanswered: boolean; checkpoint: Checkpoint; actor: Actor },
  ): Promise<PublishedOutcome | undefined> {
    await this.streams.awaitTurn(session, CONSULTATION_STREAM, consultationId);
    // Comments, responses and hidings hold the consultation still while they are decided: once it is
    // held alone, every one of them has committed or waits, so the check below misses none.
    await this.streams.holdAlone(session, CONSULTATION_STREAM, consultationId);
    const { state, version } = await this.comments.consultationToChange(session, consultationId);
    const planId = state.opening!.planId;
    await this.streams.awaitTurn(session, PLAN_STREAM, planId);
    const plan = await this.streams.load<Plan, PlanEvent>(
      PLAN_STREAM,
      planId,
      { initial: initialPlan, evolve: evolvePlan },
      session,
    );
    if (
      version !== inputs.consultationVersion ||
      plan.version !== inputs.planVersion ||
      (await this.inputs.changedSince(session, consultationId, inputs))
    )
      return undefined;
    const now = new Date();
    const outcome = this.decide(consultationId, state, inputs, asked.withUnanswered, asked.actor, {
      checkpoint: asked.checkpoint,
      now,
    });
    const derived = deriveVersion(plan.state, {
      fromVersion: state.opening!.planVersion,
      consultationId,
      amendments: adoptedAmendments(state),
      derivedBy: asked.actor.participantId,
    });
    await this.streams.append(session, CONSULTATION_STREAM, consultationId, outcome, version, asked.actor);
    await this.streams.append(session, PLAN_STREAM, planId, derived, plan.version, asked.actor);
    const consultation = outcome.reduce(evolveConsultation, state);
    const reports = reportsOfOutcome(
      consultationId,
      consultation,
      inputs.comments,
      derived.reduce(evolvePlan, plan.state),
    );
    await this.reports.save(session, consultationId, reports, now);
    const { nextPlanVersion, unansweredCommentIds } = consultation.outcome!;
    return { consultationId, planId, nextPlanVersion, unansweredCommentIds, checkpoint: asked.checkpoint };
  }

  private decide(
    consultationId: string,
    state: Consultation,
    inputs: OutcomeInputs,
    withUnanswered: boolean,
    actor: Actor,
    at: { checkpoint: Checkpoint; now: Date },
  ): ConsultationEvent[] {
    const nextPlanVersion = (state.opening?.planVersion ?? 0) + 1;
    return commentsNamed(() =>
      publishOutcome(
        { consultationId, state },
        inputs.comments,
        { nextPlanVersion, checkpoint: at.checkpoint, publishedBy: actor.participantId, withUnanswered },
        at.now,
      ),
    );
  }

  /**
   * The process that runs the notary signs one now; any other (distributed mode) cites the newest
   * checkpoint that already covers the inputs, waiting a little for the notary to get there.
   */
  private async checkpointCovering(position: Position): Promise<NotaryCheckpoint> {
    const covers = (checkpoint: NotaryCheckpoint | undefined): checkpoint is NotaryCheckpoint =>
      checkpoint !== undefined && comparePositions(checkpoint.position, position) >= 0;
    if (this.runsNotary) {
      const signed = await this.processors.signCheckpoint();
      if (covers(signed)) return signed;
    }
    for (const started = Date.now(); ; await sleep(250)) {
      const latest = await latestNotaryCheckpoint(this.db);
      if (covers(latest)) return latest;
      if (Date.now() - started > NOTARY_WAIT_MS)
        throw new Conflict(
          'outcome.awaiting-notary',
          'the notary has not yet signed a checkpoint that covers these comments; try again in a minute',
        );
    }
  }
}
