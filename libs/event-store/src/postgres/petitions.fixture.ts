import { randomUUID } from 'node:crypto';
import { s } from '@commonplan/kernel';
import { EventCatalog } from '../port/catalog';
import type { NewEvent } from '../port/event-store';

/** The smallest stream type that still goes through the catalog: the adapter's own tests use it. */
export const petitionCatalog = new EventCatalog([
  { streamType: 'petition', events: [{ type: 'Signed', version: 1, schema: s.object({ n: s.integer() }) }] },
]);

export const signed = (n: number, eventId: string = randomUUID()): NewEvent => ({
  eventId,
  type: 'Signed',
  data: { n },
  metadata: { correlationId: randomUUID() },
});

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
