import { DataSource } from 'typeorm';
import { migrate, readModelOptions } from '@commonplan/event-store';
import { engines, type TestDatabase } from '@commonplan/testing';
import type { IntegrationMessage } from '../port/integration-message';
import type { Delivery, MessageBus } from '../port/message-bus';
import { deadLetterTopic } from '../port/topics';
import { messagingMigrations } from '../processed-messages/messaging.migrations';
import { ProcessedMessages } from '../processed-messages/processed-messages';
import { freshTopic, numbered, numberOf, randomPause, until } from './contract-messages';

/** Opens a bus whose redelivery pauses are short enough for tests. */
export type OpenBus = () => Promise<MessageBus>;

const dataSourceOn = (test: TestDatabase): Promise<DataSource> =>
  new DataSource(readModelOptions(test.db, test.url || undefined)).initialize();

const byKey = (seen: readonly IntegrationMessage[]): Record<string, number[]> => {
  const keys: Record<string, number[]> = {};
  for (const message of seen) (keys[message.key] ??= []).push(numberOf(message));
  return keys;
};

const upTo = (count: number): number[] => Array.from({ length: count }, (_, n) => n);

/** The behaviour every messaging adapter promises: ordered per key, at least once, dead letters. */
export const messagingContract = (name: string, openBus: OpenBus): void => {
  describe(`messaging contract: ${name}`, () => {
    let bus: MessageBus;
    beforeEach(async () => (bus = await openBus()));
    afterEach(() => bus.close());

    it('delivers the messages of each key in publish order while handlers take random time', async () => {
      const topic = freshTopic();
      const seen: IntegrationMessage[] = [];
      await bus.subscribe({
        group: 'ordered',
        topics: [topic],
        handle: async (message) => {
          await randomPause(5);
          seen.push(message);
        },
      });
      const keys = ['motion-a', 'motion-b', 'motion-c', 'motion-d'];
      await bus.publish(
        topic,
        upTo(15).flatMap((n) => keys.map((key) => numbered(key, n))),
      );
      await until(() => seen.length >= 60, 'all 60 messages arrived');
      expect(byKey(seen)).toEqual(Object.fromEntries(keys.map((key) => [key, upTo(15)])));
    });

    it('delivers a message again after its handler throws, before the next one of its key', async () => {
      const topic = freshTopic();
      const attempts: string[] = [];
      const errors: unknown[] = [];
      await bus.subscribe({
        group: 'retrying',
        topics: [topic],
        handle: async (message, delivery) => {
          attempts.push(`${numberOf(message)}#${delivery.attempt}`);
          if (numberOf(message) === 1 && delivery.attempt === 1) throw new Error('mail server down');
        },
        onError: (error) => errors.push(error),
      });
      await bus.publish(
        topic,
        upTo(3).map((n) => numbered('motion-a', n)),
      );
      await until(() => attempts.includes('2#1'), 'the message after the failed one arrived');
      expect(attempts).toEqual(['0#1', '1#1', '1#2', '2#1']);
      expect(errors).toEqual([new Error('mail server down')]);
    });

    it('moves a message to <topic>.dlq with its error after N failed attempts, then goes on', async () => {
      const topic = freshTopic();
      const handled: number[] = [];
      let poisonAttempts = 0;
      const deadLetters: [IntegrationMessage, Delivery][] = [];
      await bus.subscribe({
        group: 'strict',
        topics: [topic],
        deadLetterAfter: 3,
        handle: async (message) => {
          if (numberOf(message) === 1) {
            poisonAttempts++;
            throw new RangeError('amount out of range');
          }
          handled.push(numberOf(message));
        },
      });
      await bus.subscribe({
        group: 'dead-letter-desk',
        topics: [deadLetterTopic(topic)],
        handle: async (message, delivery) => void deadLetters.push([message, delivery]),
      });
      const messages = upTo(3).map((n) => numbered('ballot-7', n));
      await bus.publish(topic, messages);
      await until(() => handled.length === 2 && deadLetters.length === 1, 'the poison message was set aside');
      expect(handled).toEqual([0, 2]);
      expect(poisonAttempts).toBe(3);
      const [deadLetter, delivery] = deadLetters[0]!;
      expect(deadLetter).toEqual(messages[1]);
      expect(delivery.deadLetter).toEqual({
        topic,
        attempts: 3,
        error: expect.stringContaining('amount out of range'),
      });
    });

    it('gives every group every message, and each key to one member within a group', async () => {
      const topic = freshTopic();
      const members: Record<string, IntegrationMessage[]> = { first: [], second: [], other: [] };
      const join = (group: string, member: string) =>
        bus.subscribe({ group, topics: [topic], handle: async (m) => void members[member]!.push(m) });
      await join('tally', 'first');
      await join('tally', 'second');
      await join('report', 'other');
      const keys = upTo(8).map((k) => `project-${k}`);
      await bus.publish(
        topic,
        upTo(5).flatMap((n) => keys.map((key) => numbered(key, n))),
      );
      const inTally = () => members.first!.length + members.second!.length;
      await until(() => inTally() >= 40 && members.other!.length >= 40, 'both groups had everything');
      expect(inTally()).toBe(40);
      expect(byKey(members.other!)).toEqual(Object.fromEntries(keys.map((key) => [key, upTo(5)])));
      const first = byKey(members.first!);
      const second = byKey(members.second!);
      for (const key of keys) expect([first[key], second[key]].filter(Boolean)).toEqual([upTo(5)]);
    });

    it('hands the keys of a member that stops to the rest of its group', async () => {
      const topic = freshTopic();
      const seen: Record<string, number[]> = { leaving: [], staying: [] };
      const join = (member: string) =>
        bus.subscribe({
          group: 'handover',
          topics: [topic],
          handle: async (m) => void seen[member]!.push(numberOf(m)),
        });
      const leaving = await join('leaving');
      await join('staying');
      const keys = upTo(6).map((k) => `plan-${k}`);
      await bus.publish(
        topic,
        keys.map((key) => numbered(key, 0)),
      );
      await until(() => seen.leaving!.length + seen.staying!.length >= 6, 'the first round arrived');
      await leaving.stop();
      const handledBefore = seen.staying!.length;
      await bus.publish(
        topic,
        keys.map((key) => numbered(key, 1)),
      );
      await until(() => seen.staying!.length >= handledBefore + 6, 'the staying member had every key');
      expect(seen.leaving!.filter((n) => n === 1)).toEqual([]);
    });

    describe.each(engines)('deduplication on %s', (_engine, open) => {
      let test: TestDatabase;
      let dataSource: DataSource;
      beforeEach(async () => {
        test = await open();
        await migrate(test.db, [
          ...messagingMigrations,
          {
            id: 'contract/0001-tallies',
            sql: 'CREATE TABLE contract_tallies (key text PRIMARY KEY, effects int)',
          },
        ]);
        dataSource = await dataSourceOn(test);
      });
      afterEach(async () => {
        await dataSource.destroy();
        await test.drop();
      });

      it('applies each effect once across redeliveries and a repeated publish', async () => {
        const topic = freshTopic();
        const processed = new ProcessedMessages(dataSource);
        let deliveries = 0;
        const effect = processed.exactlyOnce('contract-tally', async (message, manager, delivery) => {
          await manager.query(
            `INSERT INTO contract_tallies VALUES ($1, 1)
             ON CONFLICT (key) DO UPDATE SET effects = contract_tallies.effects + 1`,
            [message.key],
          );
          // The effect is rolled back with its processed-id row, so the redelivery applies it again.
          if (numberOf(message) === 1 && delivery.attempt === 1) throw new Error('constraint hiccup');
        });
        await bus.subscribe({
          group: 'tally',
          topics: [topic],
          handle: async (message, delivery) => {
            try {
              await effect(message, delivery);
              // Committed, then the acknowledgement is lost: the bus delivers it again.
              if (numberOf(message) === 2 && delivery.attempt === 1) throw new Error('connection reset');
            } finally {
              deliveries++;
            }
          },
        });
        const messages = upTo(3).map((n) => numbered('consultation-9', n));
        await bus.publish(topic, messages);
        await bus.publish(topic, [messages[0]!]);
        await until(() => deliveries >= 6, 'every delivery and redelivery happened');
        const tallies = await dataSource.query<{ effects: number }[]>('SELECT effects FROM contract_tallies');
        expect(tallies).toEqual([{ effects: 3 }]);
        const ids = await dataSource.query<{ event_id: string }[]>(
          'SELECT event_id FROM processed_messages WHERE consumer = $1',
          ['contract-tally'],
        );
        expect(ids.map((row) => row.event_id).sort()).toEqual(messages.map((m) => m.eventId).sort());
      });
    });
  });
};
