import { DEFAULT_BACKOFF, type Backoff } from '@commonplan/event-store';
import type { IntegrationMessage } from '../port/integration-message';
import type { ConsumerOptions, ConsumerSubscription, DeadLetterCause, MessageBus } from '../port/message-bus';
import { deadLetterTopic } from '../port/topics';
import { deadLetterRecord, encodeMessage, type WireRecord } from '../port/wire-record';
import { ConsumerGroup, GroupMember } from './consumer-group';
import { GroupReader } from './group-reader';
import { TopicLog } from './topic-log';

export interface InProcessBusOptions {
  /** Pauses between redeliveries of a message whose handler threw. */
  readonly backoff?: Backoff;
}

export class BusClosed extends Error {
  constructor() {
    super('the message bus is closed');
  }
}

/**
 * The bus of embedded mode: topics, groups and offsets in this process's memory.
 *
 * `publish` resolves only once every group that has a member on the topic has handled the messages
 * (or dead-lettered them). Nothing here survives a restart, so a publisher that records its progress
 * after `publish` (the relay) re-publishes whatever was not yet consumed, and consumers deduplicate:
 * at least once holds across crashes, as it does on Kafka. A handler therefore must not publish to its
 * own topic and key and wait for it: it would wait for itself. A group whose members have all left
 * keeps its messages until one comes back; a publish waiting on it then waits for that, or for `close`.
 */
export class InProcessBus implements MessageBus {
  private readonly topics = new Map<string, TopicLog>();
  private readonly readers = new Map<string, GroupReader[]>();
  private readonly groups = new Map<string, ConsumerGroup>();
  private readonly members = new Set<GroupMember>();
  private readonly closing = new AbortController();
  private lastMemberId = 0;

  constructor(private readonly options: InProcessBusOptions = {}) {}

  async publish(topic: string, messages: readonly IntegrationMessage[]): Promise<void> {
    this.refuseWhenClosed();
    // Encoded up front so that one malformed message rejects the call before any is published.
    const records = messages.map(encodeMessage);
    const readers = this.readersOf(topic).filter((reader) => reader.group.hasMembersFor(topic));
    const last = this.append(topic, records);
    await Promise.all(readers.map((reader) => reader.handledThrough(last)));
  }

  async subscribe(options: ConsumerOptions): Promise<ConsumerSubscription> {
    this.refuseWhenClosed();
    const group = this.groupNamed(options.group);
    const member = new GroupMember(++this.lastMemberId, options);
    const readers = options.topics.map((topic) => this.readerFor(group, topic));
    group.join(member);
    this.members.add(member);
    readers.forEach((reader) => reader.resume());
    return {
      stop: async () => {
        group.leave(member);
        this.members.delete(member);
        await member.stop();
      },
    };
  }

  async close(): Promise<void> {
    if (this.closing.signal.aborted) return;
    this.closing.abort();
    for (const readers of this.readers.values()) readers.forEach((reader) => reader.abandon(new BusClosed()));
    await Promise.all([...this.members].map((member) => member.stop()));
    this.members.clear();
  }

  private refuseWhenClosed(): void {
    if (this.closing.signal.aborted) throw new BusClosed();
  }

  private append(topic: string, records: readonly WireRecord[]): number {
    const log = this.logOf(topic);
    const readers = this.readersOf(topic);
    let last = log.end - 1;
    for (const record of records) {
      last = log.append(record);
      readers.forEach((reader) => reader.enqueue(last));
    }
    this.trim(topic);
    return last;
  }

  private deadLetter(topic: string, record: WireRecord, cause: DeadLetterCause): void {
    this.append(deadLetterTopic(topic), [deadLetterRecord(record, cause)]);
  }

  /** Drops what every group has handled; with no group on the topic, that is everything. */
  private trim(topic: string): void {
    const log = this.logOf(topic);
    const positions = this.readersOf(topic).map((reader) => reader.position);
    log.dropBefore(positions.length === 0 ? log.end : Math.min(...positions));
  }

  private logOf(topic: string): TopicLog {
    let log = this.topics.get(topic);
    if (!log) this.topics.set(topic, (log = new TopicLog()));
    return log;
  }

  private readersOf(topic: string): GroupReader[] {
    return this.readers.get(topic) ?? [];
  }

  private groupNamed(name: string): ConsumerGroup {
    let group = this.groups.get(name);
    if (!group) this.groups.set(name, (group = new ConsumerGroup(name)));
    return group;
  }

  /** A group new to a topic starts at its end, like a Kafka group without committed offsets. */
  private readerFor(group: ConsumerGroup, topic: string): GroupReader {
    const existing = this.readersOf(topic).find((reader) => reader.group === group);
    if (existing) return existing;
    const reader = new GroupReader(topic, group, this.logOf(topic), {
      backoff: this.options.backoff ?? DEFAULT_BACKOFF,
      closing: this.closing.signal,
      deadLetter: (from, record, cause) => this.deadLetter(from, record, cause),
      committed: () => this.trim(topic),
    });
    this.readers.set(topic, [...this.readersOf(topic), reader]);
    return reader;
  }
}
