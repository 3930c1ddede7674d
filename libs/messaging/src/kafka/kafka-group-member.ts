import { setTimeout as sleep } from 'node:timers/promises';
import { delayAfter, type Backoff } from '@commonplan/event-store';
import type { Admin, Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import {
  DEFAULT_DEAD_LETTER_AFTER,
  type ConsumerOptions,
  type ConsumerSubscription,
  type DeadLetterCause,
  type Delivery,
} from '../port/message-bus';
import { decodeRecord, type WireRecord } from '../port/wire-record';
import type { GroupTimings } from './group-timings';
import { describeError, fromKafkaMessage } from './kafka-records';
import { pinGroupStart } from './pin-group-start';

export interface GroupMemberContext {
  readonly kafka: Kafka;
  readonly admin: Admin;
  readonly timings: GroupTimings;
  readonly backoff: Backoff;
  readonly partitionsAtOnce: number;
  readonly deadLetter: (record: WireRecord, cause: DeadLetterCause) => Promise<void>;
}

type Heartbeat = EachBatchPayload['heartbeat'];

const JOIN_ATTEMPTS = 4;
const JOIN_RETRY_MS = 500;

/** An error code the broker answered with, as kafkajs reports it: not a timeout or a lost connection. */
const isProtocolRefusal = (error: unknown): boolean =>
  error instanceof Error && error.name === 'KafkaJSProtocolError';

/** A record no handler can read (written by something else than this bus): it goes straight to the dead letters. */
class UnreadableRecord extends Error {
  constructor(cause: unknown) {
    super(describeError(cause), { cause });
    this.name = 'UnreadableRecord';
  }
}

export class GroupJoinFailed extends Error {
  constructor(group: string, cause: unknown) {
    super(`the consumer could not join group "${group}": ${describeError(cause)}`, { cause });
  }
}

/**
 * One `subscribe` call: one kafkajs consumer in the group. Each partition's messages are handled
 * one at a time in offset order, so a key (which always lands on one partition) keeps its order; a
 * failing message is retried in place before anything behind it, then dead-lettered. Only a
 * settled message's offset is committed, right after it: at least once, with little to repeat.
 */
export class KafkaGroupMember implements ConsumerSubscription {
  private readonly stopping = new AbortController();
  private stopped?: Promise<void>;

  private constructor(
    private readonly consumer: Consumer,
    private readonly options: ConsumerOptions,
    private readonly context: GroupMemberContext,
  ) {}

  /**
   * Resolves once the consumer has joined and the group's start on each topic is committed. A broker
   * may refuse a join while the group rebalances under members arriving together; kafkajs then gives
   * up on that consumer, so a fresh one asks again, a few times.
   */
  static async join(options: ConsumerOptions, context: GroupMemberContext): Promise<KafkaGroupMember> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await KafkaGroupMember.joinOnce(options, context);
      } catch (error) {
        if (
          attempt === JOIN_ATTEMPTS ||
          !(error instanceof GroupJoinFailed && isProtocolRefusal(error.cause))
        )
          throw error;
        await sleep(JOIN_RETRY_MS * attempt);
      }
    }
  }

  private static async joinOnce(
    options: ConsumerOptions,
    context: GroupMemberContext,
  ): Promise<KafkaGroupMember> {
    const { timings } = context;
    const consumer = context.kafka.consumer({
      groupId: options.group,
      sessionTimeout: timings.sessionTimeoutMs,
      heartbeatInterval: timings.heartbeatIntervalMs,
      rebalanceTimeout: timings.rebalanceTimeoutMs,
      maxWaitTimeInMs: timings.maxWaitMs,
      allowAutoTopicCreation: true,
    });
    const member = new KafkaGroupMember(consumer, options, context);
    try {
      await member.start();
      return member;
    } catch (error) {
      await member.stop().catch(() => undefined);
      throw new GroupJoinFailed(options.group, error);
    }
  }

  stop(): Promise<void> {
    if (!this.stopped) {
      this.stopping.abort();
      // kafkajs lets the running batch end (it ends at the message being handled), then leaves.
      this.stopped = this.consumer.disconnect();
    }
    return this.stopped;
  }

  private async start(): Promise<void> {
    let stopListening = (): void => undefined;
    // kafkajs resolves `run` even when joining failed (it restarts in the background): wait for the join.
    const joined = new Promise<void>((resolve, reject) => {
      const offJoin = this.consumer.on(this.consumer.events.GROUP_JOIN, () => resolve());
      const offCrash = this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart) reject(payload.error);
      });
      const timer = setTimeout(
        () => reject(new Error(`no join within ${this.context.timings.joinTimeoutMs} ms`)),
        this.context.timings.joinTimeoutMs,
      );
      stopListening = () => {
        clearTimeout(timer);
        offJoin();
        offCrash();
      };
    });
    // Settled before it is awaited when connecting fails first; the failure is reported once, below.
    joined.catch(() => undefined);
    try {
      await this.consumer.connect();
      await this.consumer.subscribe({ topics: [...this.options.topics], fromBeginning: false });
      await this.consumer.run({
        autoCommit: true,
        autoCommitThreshold: 1,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: this.context.partitionsAtOnce,
        eachBatch: (payload) => this.handleBatch(payload),
      });
      await joined;
    } finally {
      stopListening();
    }
    await pinGroupStart(this.consumer, this.context.admin, this.options);
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, commitOffsetsIfNecessary, heartbeat } = payload;
    for (const message of batch.messages) {
      if (this.stopping.signal.aborted || !payload.isRunning() || payload.isStale()) return;
      const settled = await this.settle(batch.topic, fromKafkaMessage(message), heartbeat);
      // Unresolved, it stays uncommitted: the member that takes the partition next delivers it.
      if (!settled) return;
      resolveOffset(message.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  /** True once the message is handled or dead-lettered; false when the member stops first. */
  private async settle(topic: string, record: WireRecord, heartbeat: Heartbeat): Promise<boolean> {
    const deadLetterAfter = this.options.deadLetterAfter ?? DEFAULT_DEAD_LETTER_AFTER;
    for (let attempt = 1; !this.stopping.signal.aborted; attempt++) {
      const failure = await this.attempt(topic, record, attempt);
      if (failure === undefined) return true;
      if (failure instanceof UnreadableRecord || attempt >= deadLetterAfter) {
        const [error, attempts] =
          failure instanceof UnreadableRecord ? [failure.cause, 0] : [failure, attempt];
        await this.context.deadLetter(record, { topic, error: describeError(error), attempts });
        return true;
      }
      await this.pause(delayAfter(attempt, this.context.backoff), heartbeat);
    }
    return false;
  }

  /** Resolves to the error the handler threw, or undefined when it handled the message. */
  private async attempt(topic: string, record: WireRecord, attempt: number): Promise<unknown> {
    let decoded;
    try {
      // Decoded for each attempt, so a handler that changed its message cannot change the retry.
      decoded = decodeRecord(record);
    } catch (error) {
      return new UnreadableRecord(error);
    }
    const delivery: Delivery = {
      topic,
      attempt,
      ...(decoded.deadLetter ? { deadLetter: decoded.deadLetter } : {}),
    };
    try {
      await this.options.handle(decoded.message, delivery);
      return undefined;
    } catch (error) {
      this.options.onError?.(error, decoded.message, delivery);
      // `throw undefined` is still a failure, and undefined is how this reports success.
      return error ?? new Error('handler threw without an error');
    }
  }

  /** Waits between attempts while heartbeating: a long pause must not cost the member its partitions. */
  private async pause(ms: number, heartbeat: Heartbeat): Promise<void> {
    const until = Date.now() + ms;
    for (let left = ms; left > 0 && !this.stopping.signal.aborted; left = until - Date.now()) {
      const step = Math.min(left, this.context.timings.heartbeatIntervalMs);
      await sleep(step, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      await heartbeat();
    }
  }
}
