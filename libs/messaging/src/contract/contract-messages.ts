import { randomBytes, randomUUID } from 'node:crypto';
import type { IntegrationMessage } from '../port/integration-message';
import { contextTopic } from '../port/topics';

/** A topic no other test uses, so suites can share one broker. */
export const freshTopic = (): string => contextTopic(`contract-${randomBytes(5).toString('hex')}`);

export const numbered = (key: string, n: number): IntegrationMessage => ({
  eventId: randomUUID(),
  type: 'ContractNumbered',
  schemaVersion: 1,
  key,
  correlationId: randomUUID(),
  occurredAt: new Date('2026-11-23T10:00:00.000Z'),
  payload: { n },
});

export const numberOf = (message: IntegrationMessage): number =>
  (message.payload as { readonly n: number }).n;

/** Brokers deliver asynchronously: wait for a condition instead of sleeping a fixed time. */
export const until = async (condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

export const randomPause = (maxMs: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * maxMs)));
