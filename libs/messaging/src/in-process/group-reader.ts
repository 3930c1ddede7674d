import { setTimeout as sleep } from 'node:timers/promises';
import { delayAfter, type Backoff } from '@commonplan/event-store';
import { DEFAULT_DEAD_LETTER_AFTER, type DeadLetterCause, type Delivery } from '../port/message-bus';
import { decodeRecord, type DecodedRecord, type WireRecord } from '../port/wire-record';
import type { ConsumerGroup, GroupMember } from './consumer-group';
import type { TopicLog } from './topic-log';

export interface GroupReaderContext {
  readonly backoff: Backoff;
  readonly closing: AbortSignal;
  readonly deadLetter: (topic: string, record: WireRecord, cause: DeadLetterCause) => void;
  readonly committed: () => void;
}

interface Waiter {
  readonly offset: number;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * What one group has read of one topic. Each key has a lane worked through in order, one message
 * at a time, while lanes of different keys run side by side: Kafka's per-partition order, at the
 * finer grain of a key. The group's position is the first offset not yet handled.
 */
export class GroupReader {
  private readonly lanes = new Map<string, number[]>();
  private readonly draining = new Set<string>();
  private readonly handled = new Set<number>();
  private waiters: Waiter[] = [];
  private next: number;

  constructor(
    readonly topic: string,
    readonly group: ConsumerGroup,
    private readonly log: TopicLog,
    private readonly context: GroupReaderContext,
  ) {
    this.next = log.end;
  }

  /** Every offset below this one has been handled or dead-lettered. */
  get position(): number {
    return this.next;
  }

  enqueue(offset: number): void {
    const key = this.log.at(offset).key;
    const lane = this.lanes.get(key);
    if (lane) lane.push(offset);
    else this.lanes.set(key, [offset]);
    this.drain(key);
  }

  /** Picks up the lanes that stopped because no member was left to take them. */
  resume(): void {
    for (const key of this.lanes.keys()) this.drain(key);
  }

  /** Resolves once the group has handled everything up to and including `offset`. */
  handledThrough(offset: number): Promise<void> {
    if (offset < this.next) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ offset, resolve, reject }));
  }

  abandon(error: unknown): void {
    this.waiters.forEach((waiter) => waiter.reject(error));
    this.waiters = [];
  }

  private drain(key: string): void {
    if (this.draining.has(key)) return;
    this.draining.add(key);
    void this.work(key).finally(() => this.draining.delete(key));
  }

  private async work(key: string): Promise<void> {
    for (;;) {
      const lane = this.lanes.get(key);
      const offset = lane?.[0];
      if (lane === undefined || offset === undefined) {
        this.lanes.delete(key);
        return;
      }
      if (!(await this.deliver(offset))) return;
      lane.shift();
      this.markHandled(offset);
    }
  }

  /** False when the message is still pending: nobody in the group reads the topic, or the bus closed. */
  private async deliver(offset: number): Promise<boolean> {
    const record = this.log.at(offset);
    // Decoded for each delivery, so a handler that mutates its message cannot change another group's.
    const decoded = decodeRecord(record);
    for (let attempt = 1; !this.context.closing.aborted; attempt++) {
      const member = this.group.memberFor(this.topic, record.key);
      if (!member) return false;
      const failure = await member.run(() => this.attempt(member, decoded, attempt));
      if (failure === undefined) return true;
      if (attempt >= (member.options.deadLetterAfter ?? DEFAULT_DEAD_LETTER_AFTER)) {
        this.context.deadLetter(this.topic, record, {
          topic: this.topic,
          error: describeError(failure),
          attempts: attempt,
        });
        return true;
      }
      const pause = delayAfter(attempt, this.context.backoff);
      await sleep(pause, undefined, { signal: this.context.closing }).catch(() => undefined);
    }
    return false;
  }

  /** Resolves to the error the handler threw, or undefined when it handled the message. */
  private async attempt(member: GroupMember, decoded: DecodedRecord, attempt: number): Promise<unknown> {
    const delivery: Delivery = {
      topic: this.topic,
      attempt,
      ...(decoded.deadLetter ? { deadLetter: decoded.deadLetter } : {}),
    };
    try {
      await member.options.handle(decoded.message, delivery);
      return undefined;
    } catch (error) {
      member.options.onError?.(error, decoded.message, delivery);
      // `throw undefined` is still a failure, and undefined is how this reports success.
      return error ?? new Error('handler threw without an error');
    }
  }

  private markHandled(offset: number): void {
    this.handled.add(offset);
    const before = this.next;
    while (this.handled.delete(this.next)) this.next++;
    if (this.next === before) return;
    const [ready, waiting] = [
      this.waiters.filter((w) => w.offset < this.next),
      this.waiters.filter((w) => w.offset >= this.next),
    ];
    this.waiters = waiting;
    ready.forEach((waiter) => waiter.resolve());
    this.context.committed();
  }
}
