import { messagingContract } from '../contract/messaging.contract';
import { freshTopic, numbered, numberOf, until } from '../contract/contract-messages';
import type { IntegrationMessage } from '../port/integration-message';
import { BusClosed, InProcessBus } from './in-process-bus';

const openBus = async () => new InProcessBus({ backoff: { initialDelayMs: 5, maxDelayMs: 20 } });

messagingContract('in-process', openBus);

describe('the in-process bus', () => {
  let bus: InProcessBus;
  beforeEach(async () => (bus = await openBus()));
  afterEach(() => bus.close());

  it('runs handlers of different keys at the same time, never two of one key', async () => {
    const topic = freshTopic();
    const running = new Map<string, number>();
    let mostKeysAtOnce = 0;
    let sameKeyOverlap = false;
    await bus.subscribe({
      group: 'parallel',
      topics: [topic],
      handle: async (message) => {
        const now = (running.get(message.key) ?? 0) + 1;
        running.set(message.key, now);
        sameKeyOverlap ||= now > 1;
        mostKeysAtOnce = Math.max(mostKeysAtOnce, [...running.values()].filter((n) => n > 0).length);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running.set(message.key, now - 1);
      },
    });
    await bus.publish(
      topic,
      [0, 1, 2].flatMap((n) => ['a', 'b', 'c', 'd'].map((k) => numbered(`motion-${k}`, n))),
    );
    expect(sameKeyOverlap).toBe(false);
    expect(mostKeysAtOnce).toBe(4);
  });

  it('resolves publish only once every group with members has handled the messages', async () => {
    const topic = freshTopic();
    const handled: Record<string, number[]> = { fast: [], slow: [] };
    for (const group of ['fast', 'slow'])
      await bus.subscribe({
        group,
        topics: [topic],
        handle: async (message) => {
          if (group === 'slow') await new Promise((resolve) => setTimeout(resolve, 20));
          handled[group]!.push(numberOf(message));
        },
      });
    await bus.publish(topic, [numbered('plan-1', 0), numbered('plan-1', 1)]);
    expect(handled).toEqual({ fast: [0, 1], slow: [0, 1] });
  });

  it('keeps messages for a group whose members all left until one joins again', async () => {
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
    expect(seen).toEqual([]);
    await subscribe();
    await until(() => seen.length === 2, 'the kept messages arrived');
    expect(seen).toEqual([0, 1]);
  });

  it('carries payloads as JSON, as Kafka would', async () => {
    const topic = freshTopic();
    let received: IntegrationMessage | undefined;
    await bus.subscribe({ group: 'json', topics: [topic], handle: async (m) => void (received = m) });
    const sent = { ...numbered('ballot-1', 0), payload: { at: new Date('2026-01-02T03:04:05.000Z') } };
    await bus.publish(topic, [sent as unknown as IntegrationMessage]);
    expect(received?.payload).toEqual({ at: '2026-01-02T03:04:05.000Z' });
    expect(received?.occurredAt).toEqual(sent.occurredAt);
  });

  it('fails a publish still waiting when the bus closes, and refuses new ones', async () => {
    const topic = freshTopic();
    await bus.subscribe({
      group: 'stuck',
      topics: [topic],
      deadLetterAfter: 1_000,
      handle: async () => Promise.reject(new Error('database down')),
    });
    const waiting = bus.publish(topic, [numbered('motion-1', 0)]);
    await bus.close();
    await expect(waiting).rejects.toThrow(BusClosed);
    await expect(bus.publish(topic, [numbered('motion-1', 1)])).rejects.toThrow(BusClosed);
  });

  it('refuses a malformed message before publishing any of the batch', async () => {
    const topic = freshTopic();
    const seen: number[] = [];
    await bus.subscribe({
      group: 'strict',
      topics: [topic],
      handle: async (m) => void seen.push(numberOf(m)),
    });
    const broken = { ...numbered('motion-1', 1), eventId: 'not-a-uuid' };
    await expect(bus.publish(topic, [numbered('motion-1', 0), broken])).rejects.toThrow(
      /eventId must be a uuid/,
    );
    expect(seen).toEqual([]);
  });
});
