import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { startKafkaMockCluster, type KafkaMockCluster } from '@commonplan/testing';
import { messagingContract } from '../contract/messaging.contract';
import { freshTopic, numbered, numberOf, until } from '../contract/contract-messages';
import { BusClosed } from '../in-process/in-process-bus';
import { deadLetterTopic } from '../port/topics';
import { encodeMessage, HEADERS } from '../port/wire-record';
import { KafkaBus } from './kafka-bus';
import { fromKafkaMessage } from './kafka-records';

let cluster: KafkaMockCluster;
beforeAll(async () => (cluster = await startKafkaMockCluster()));
afterAll(() => cluster?.stop());

// The mock rebalances a group `sessionTimeout - 1 s` after a member comes or goes, and its first
// join takes 3 s, which the session must outlast.
const openBus = () =>
  KafkaBus.open({
    brokers: cluster.brokers,
    clientId: 'contract',
    backoff: { initialDelayMs: 5, maxDelayMs: 20 },
    groupTimings: {
      sessionTimeoutMs: 3_500,
      heartbeatIntervalMs: 200,
      maxWaitMs: 100,
      joinTimeoutMs: 20_000,
    },
  });

messagingContract('kafka', openBus);

/** Reads a topic from its start with a plain kafkajs consumer: what any other Kafka client would see. */
const readRaw = async (topic: string, count: number): Promise<KafkaMessage[]> => {
  const kafka = new Kafka({ brokers: [...cluster.brokers], clientId: 'raw', logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({
    groupId: `raw-${topic}`,
    sessionTimeout: 3_500,
    heartbeatInterval: 200,
    maxWaitTimeInMs: 100,
  });
  const seen: KafkaMessage[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(message) });
    await until(() => seen.length >= count, `${count} raw records were read`);
    return seen;
  } finally {
    await consumer.disconnect();
  }
};

describe('the kafka bus', () => {
  let bus: KafkaBus;
  beforeEach(async () => (bus = await openBus()));
  afterEach(() => bus.close());

  it('writes the shared wire form: the stream name as key, event facts in headers', async () => {
    const topic = freshTopic();
    const message = numbered('motion-7', 3);
    await bus.publish(topic, [message]);
    const [raw] = await readRaw(topic, 1);
    expect(fromKafkaMessage(raw!)).toEqual(encodeMessage(message));
    expect(raw!.headers![HEADERS.eventId]!.toString()).toBe(message.eventId);
  });

  it('sets aside a record it cannot read, with the reason, and goes on with the key', async () => {
    const topic = freshTopic();
    const handled: number[] = [];
    await bus.subscribe({
      group: 'reader',
      topics: [topic],
      handle: async (m) => void handled.push(numberOf(m)),
    });
    const kafka = new Kafka({
      brokers: [...cluster.brokers],
      clientId: 'foreign',
      logLevel: logLevel.NOTHING,
    });
    const foreign = kafka.producer();
    await foreign.connect();
    await foreign.send({
      topic,
      messages: [{ key: 'motion-1', value: 'not json', headers: { 'event-id': 'x' } }],
    });
    await foreign.disconnect();
    await bus.publish(topic, [numbered('motion-1', 1)]);
    await until(() => handled.length === 1, 'the next message of the key arrived');
    const [dead] = await readRaw(deadLetterTopic(topic), 1);
    const { key, value, headers } = fromKafkaMessage(dead!);
    expect({ key, value }).toEqual({ key: 'motion-1', value: 'not json' });
    expect(headers[HEADERS.deadLetterTopic]).toBe(topic);
    expect(headers[HEADERS.deadLetterError]).toBe(
      'MalformedMessage: message is malformed: payload must be JSON',
    );
    expect(headers[HEADERS.deadLetterAttempts]).toBe('0');
    expect(handled).toEqual([1]);
  });

  it('keeps what was published while a group had no member for the member that joins next', async () => {
    const topic = freshTopic();
    const seen: number[] = [];
    const subscribe = () =>
      bus.subscribe({
        group: 'returning',
        topics: [topic],
        handle: async (m) => void seen.push(numberOf(m)),
      });
    await (await subscribe()).stop();
    await bus.publish(topic, [numbered('cycle-1', 0), numbered('cycle-1', 1)]);
    await subscribe();
    await until(() => seen.length === 2, 'the kept messages arrived');
    expect(seen).toEqual([0, 1]);
  });

  it('refuses a malformed message before sending any of the batch', async () => {
    const topic = freshTopic();
    const broken = { ...numbered('motion-1', 1), eventId: 'not-a-uuid' };
    await expect(bus.publish(topic, [numbered('motion-1', 0), broken])).rejects.toThrow(
      /eventId must be a uuid/,
    );
    await bus.publish(topic, [numbered('motion-1', 2)]);
    const [first] = await readRaw(topic, 1);
    expect(JSON.parse(first!.value!.toString())).toEqual({ n: 2 });
  });

  it('refuses to publish or subscribe once closed', async () => {
    const topic = freshTopic();
    await bus.close();
    await expect(bus.publish(topic, [numbered('motion-1', 0)])).rejects.toThrow(BusClosed);
    await expect(
      bus.subscribe({ group: 'late', topics: [topic], handle: async () => undefined }),
    ).rejects.toThrow(BusClosed);
  });
});
