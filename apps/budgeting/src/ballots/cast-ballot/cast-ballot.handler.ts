import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import {
  formatStreamName,
  isWrittenOutOfOrder,
  WrongExpectedVersion,
  type RecordedEvent,
  type SqlSession,
} from '@commonplan/event-store';
import { Conflict, fold, RuleViolated } from '@commonplan/kernel';
import { commandEventId, EventStreams, Processors, type Actor, type UnnamedActor } from '@commonplan/nest';
import type { BallotChoices, ProjectOnOffer } from '../../cycles/ballot-rules';
import { evolveCycle, initialCycle, type Cycle } from '../../cycles/cycle';
import { CYCLE_STREAM, type CycleEvent } from '../../cycles/cycle.events';
import { VoterRoll } from '../../voter-roll/voter-roll.adapter';
import { evolveBallot, initialBallot } from '../ballot';
import { BallotBox, ballotIdUnder } from '../ballot-box.adapter';
import { BALLOT_STREAM, type BallotCast, type BallotEvent } from '../ballot.events';
import { receiptOf, type BallotReceiptResponse } from '../ballot.response';
import { castBallot, castsSame, mustTakeBallots, type CastBallot } from './cast-ballot';
import { projectsOnOffer } from './projects-on-offer.queries';

export interface CastBallotCommand {
  readonly cycleId: string;
  /** The voter: only to find their ballot and their facts on the voter roll, never written down. */
  readonly participantId: string;
  readonly choices: BallotChoices;
  readonly channel: 'online' | 'paper';
  /** The officer who records a paper ballot. */
  readonly recordedBy?: string;
  /** From the client's Idempotency-Key: a retry of the same command counts once. */
  readonly commandId?: string;
  /** Online, the voter may not be named in the log; on paper, the officer is. */
  readonly actor: Actor | UnnamedActor;
}

/** A voter's metadata names neither them nor their other roles: a council member's would narrow it down. */
export const VOTER: UnnamedActor = { unnamed: true, role: 'voter' };

const cycles = { initial: initialCycle, evolve: evolveCycle };
const MAX_ATTEMPTS = 5;
/** How long a cycle's secret and listing stay in memory after they were last read from the database. */
const KEPT_WHILE_VOTING_MS = 60_000;

type RecordedBallot = RecordedEvent<BallotCast> & BallotEvent;

interface OnOffer {
  readonly version: number | undefined;
  readonly cycle: Cycle;
  readonly projects: ReadonlyMap<string, ProjectOnOffer>;
  readonly secret: Uint8Array;
}

/**
 * Casts or changes a ballot, online or from paper, in one transaction: the voter's ballot stream,
 * the cycle, the projects on offer and the voter's facts are read there, and the ballot appended.
 */
@Injectable()
export class CastBallotHandler {
  constructor(
    private readonly streams: EventStreams,
    private readonly box: BallotBox,
    private readonly roll: VoterRoll,
    private readonly processors: Processors,
  ) {}

  /** Cycles in voting, by id, as of a version of their stream. */
  private readonly voting = new Map<string, OnOffer>();

  /** A cast is safe to retry: one that lost a race for the voter's stream is decided again. */
  async cast(command: CastBallotCommand): Promise<BallotReceiptResponse> {
    // The first cast a process takes for a cycle waits for its listing: another process may have opened
    // voting before this one's read models caught up. Outside the transaction, which on PGlite holds
    // the one session the projections need.
    if (!this.voting.has(command.cycleId)) await this.processors.projectionsCaughtUp();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.streams.inTransaction((session) => this.castIn(session, command));
      } catch (error) {
        // Casts of one voter take turns, so neither should outlast the retries; if one does, it is
        // still the client's to send again, never a server error.
        if (!(error instanceof WrongExpectedVersion) && !isWrittenOutOfOrder(error)) throw error;
        if (attempt === MAX_ATTEMPTS)
          throw new Conflict(
            'ballot.changed-meanwhile',
            'this ballot was changed by another request at the same moment; send it again',
          );
        await sleep(Math.random() * 10 * attempt);
      }
    }
  }

  private async castIn(session: SqlSession, command: CastBallotCommand): Promise<BallotReceiptResponse> {
    // The cycle is held still, so no ballot is taken after the officer closes voting; then casts by
    // one voter queue, so concurrent ones become versions instead of conflicts.
    const cycleVersion = await this.streams.holdStill(session, CYCLE_STREAM, command.cycleId);
    const { cycle, projects, secret } = await this.onOffer(session, command.cycleId, cycleVersion);
    const ballotId = ballotIdUnder(secret, command.participantId);
    await this.streams.awaitTurn(session, BALLOT_STREAM, ballotId);
    const recorded = await this.streams.read<RecordedBallot>(BALLOT_STREAM, ballotId, session);
    const facts = await this.roll.factsOf(command.participantId, session);
    const casting: CastBallot = {
      cycleId: command.cycleId,
      choices: command.choices,
      voter: facts,
      channel: command.channel,
      ...(command.recordedBy ? { recordedBy: command.recordedBy } : {}),
    };
    const retried = this.retriedIn(recorded, ballotId, command.commandId);
    if (retried) {
      if (!castsSame(retried.data, casting))
        throw new RuleViolated(
          'request.idempotency-key-reused',
          'this Idempotency-Key was sent before with another ballot; use a new key for a new ballot',
        );
      return receiptOf(retried);
    }
    const [cast] = castBallot(fold(evolveBallot, initialBallot(), recorded), cycle, projects, casting);
    const appended = await this.streams.append(
      session,
      BALLOT_STREAM,
      ballotId,
      [cast!],
      recorded.length === 0 ? 'no-stream' : recorded.length,
      command.actor,
      { ...(command.commandId ? { commandId: command.commandId } : {}) },
    );
    return receiptOf({
      data: cast!.data,
      hash: appended!.lastHash,
      streamPosition: appended!.nextExpectedVersion,
      recordedAt: appended!.lastRecordedAt,
    });
  }

  /** The event a first try of this command appended, if there was one: a retry answers with it. */
  private retriedIn(
    recorded: readonly RecordedBallot[],
    ballotId: string,
    commandId: string | undefined,
  ): RecordedBallot | undefined {
    if (commandId === undefined) return undefined;
    const eventId = commandEventId(commandId, formatStreamName({ type: BALLOT_STREAM, id: ballotId }), 0);
    return recorded.find((event) => event.eventId === eventId);
  }

  /**
   * The cycle, its projects on offer and its ballot secret, as of the cycle's version held still by
   * this transaction. While voting none of them changes but through a new event on the cycle, which
   * moves the version, so casts reuse what the first one read instead of reading it all again. The
   * secret is destroyed with the results, so the copy here is dropped soon after the last cast.
   */
  private async onOffer(session: SqlSession, cycleId: string, version: number | undefined): Promise<OnOffer> {
    const known = this.voting.get(cycleId);
    if (known && known.version === version) return known;
    const cycle = await this.cycleOf(session, cycleId);
    const onOffer = {
      version,
      cycle,
      projects: await projectsOnOffer(session, cycleId),
      secret: await this.secretOf(session, cycle, cycleId),
    };
    if (onOffer.cycle.phase === 'voting' && version !== undefined) this.remember(cycleId, onOffer);
    else this.voting.delete(cycleId);
    return onOffer;
  }

  private remember(cycleId: string, onOffer: OnOffer): void {
    this.voting.set(cycleId, onOffer);
    setTimeout(() => {
      if (this.voting.get(cycleId) === onOffer) this.voting.delete(cycleId);
    }, KEPT_WHILE_VOTING_MS).unref();
  }

  private async cycleOf(session: SqlSession, cycleId: string): Promise<Cycle> {
    return (await this.streams.load<Cycle, CycleEvent>(CYCLE_STREAM, cycleId, cycles, session)).state;
  }

  /** A cycle without a ballot box was never opened, or its results are final: say which. */
  private async secretOf(session: SqlSession, cycle: Cycle, cycleId: string): Promise<Uint8Array> {
    try {
      return await this.box.secretOf(cycleId, session);
    } catch (error) {
      if (error instanceof RuleViolated) mustTakeBallots(cycle);
      throw error;
    }
  }
}
