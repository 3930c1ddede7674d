import { DEFAULT_BACKOFF, type Backoff } from '@commonplan/event-store';
import { Kafka, Partitioners, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { BusClosed } from '../in-process/in-process-bus';
import type { IntegrationMessage } from '../port/integration-message';
import type { ConsumerOptions, ConsumerSubscription, DeadLetterCause, MessageBus } from '../port/message-bus';
import { deadLetterTopic } from '../port/topics';
import { deadLetterRecord, encodeMessage, type WireRecord } from '../port/wire-record';
import { DEFAULT_GROUP_TIMINGS, type GroupTimings } from './group-timings';
import { KafkaGroupMember, type GroupMemberContext } from './kafka-group-member';
import { kafkaLogCreator, kafkaLogLevel } from './kafka-log';
import { toKafkaMessage } from './kafka-records';

export { DEFAULT_GROUP_TIMINGS, type GroupTimings } from './group-timings';
export { GroupJoinFailed } from './kafka-group-member';

export interface KafkaBusOptions {
  readonly brokers: readonly string[];
  /** Names this process to the brokers (their logs and quotas); several processes may share one. */
  readonly clientId: string;
  /** Pauses between redeliveries of a message whose handler threw. */
  readonly backoff?: Backoff;
  readonly groupTimings?: Partial<GroupTimings>;
  /** Partitions one consumer handles side by side; within a partition messages go one at a time. */
  readonly partitionsAtOnce?: number;
  /** Gets kafkajs's warnings; without it kafkajs stays silent. */
  readonly logger?: Logger;
}

/**
 * The bus of distributed mode, on Kafka through kafkajs. A topic per context, the stream name as
 * key: Kafka puts one key on one partition, and a partition is read in order by one member of a
 * group at a time. Topics are created by the broker on first use (`auto.create.topics.enable`),
 * with its default partition count.
 *
 * The producer is not idempotent and sends one request at a time: order per key then survives a
 * retried send, and it works with brokers (and librdkafka's mock cluster) that lack idempotence.
 * `publish` resolves once every in-sync replica has the messages, not once they are consumed:
 * unlike in process, the broker keeps them across restarts.
 */
export class KafkaBus implements MessageBus {
  private readonly members = new Set<KafkaGroupMember>();
  private closed = false;

  private constructor(
    private readonly producer: Producer,
    private readonly context: GroupMemberContext,
  ) {}

  static async open(options: KafkaBusOptions): Promise<KafkaBus> {
    const kafka = new Kafka({
      brokers: [...options.brokers],
      clientId: options.clientId,
      logLevel: kafkaLogLevel(options.logger),
      logCreator: kafkaLogCreator(options.logger),
    });
    const producer = kafka.producer({
      idempotent: false,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: true,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    const admin = kafka.admin();
    try {
      await Promise.all([producer.connect(), admin.connect()]);
    } catch (error) {
      await Promise.allSettled([producer.disconnect(), admin.disconnect()]);
      throw error;
    }
    const deadLetter = (record: WireRecord, cause: DeadLetterCause): Promise<void> =>
      send(producer, deadLetterTopic(cause.topic), [deadLetterRecord(record, cause)]);
    return new KafkaBus(producer, {
      kafka,
      admin,
      deadLetter,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
      timings: { ...DEFAULT_GROUP_TIMINGS, ...options.groupTimings },
      partitionsAtOnce: options.partitionsAtOnce ?? 4,
    });
  }

  async publish(topic: string, messages: readonly IntegrationMessage[]): Promise<void> {
    this.refuseWhenClosed();
    // Encoded up front so that one malformed message rejects the call before any is sent.
    const records = messages.map(encodeMessage);
    if (records.length > 0) await send(this.producer, topic, records);
  }

  async subscribe(options: ConsumerOptions): Promise<ConsumerSubscription> {
    this.refuseWhenClosed();
    const member = await KafkaGroupMember.join(options, this.context);
    if (this.closed) {
      await member.stop();
      throw new BusClosed();
    }
    this.members.add(member);
    return {
      stop: async () => {
        this.members.delete(member);
        await member.stop();
      },
    };
  }

  /** Stops every consumer (their running handlers finish first), then the producer: no open sockets. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.members].map((member) => member.stop()));
    this.members.clear();
    await Promise.allSettled([this.producer.disconnect(), this.context.admin.disconnect()]);
  }

  private refuseWhenClosed(): void {
    if (this.closed) throw new BusClosed();
  }
}

const send = async (producer: Producer, topic: string, records: readonly WireRecord[]): Promise<void> => {
  await producer.send({ topic, messages: records.map(toKafkaMessage) });
};

/** Opens a Kafka bus: `await kafkaBus({ brokers: ['kafka:9092'], clientId: 'budgeting' })`. */
export const kafkaBus = (options: KafkaBusOptions): Promise<KafkaBus> => KafkaBus.open(options);
