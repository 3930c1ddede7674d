import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../port/event-store';
import { applyEvents } from './live-projection';
import type { Projection } from './projection';

const event = (type: string, n: number) => ({ type, eventId: `e${n}` }) as unknown as RecordedEvent;
const batch = [event('BallotCast', 1), event('CycleOpened', 2), event('BallotCast', 3)];
const manager = {} as EntityManager;

const recording = (withApplyAll: boolean) => {
  const calls: string[][] = [];
  const projection: Projection = {
    name: 'recording',
    entities: [],
    handles: ['BallotCast'],
    apply: async (recorded) => void calls.push([recorded.eventId]),
    ...(withApplyAll
      ? {
          applyAll: async (events: readonly RecordedEvent[]) => void calls.push(events.map((e) => e.eventId)),
        }
      : {}),
  };
  return { projection, calls };
};

describe('applying a batch to a projection', () => {
  it('calls apply for each handled event, in log order', async () => {
    const { projection, calls } = recording(false);
    await applyEvents(projection, batch, manager);
    expect(calls).toEqual([['e1'], ['e3']]);
  });

  it('hands a projection that writes batches all its handled events at once, and nothing else', async () => {
    const { projection, calls } = recording(true);
    await applyEvents(projection, batch, manager);
    expect(calls).toEqual([['e1', 'e3']]);
  });

  it('does not call a batch writer for a batch with none of its events', async () => {
    const { projection, calls } = recording(true);
    await applyEvents(projection, [event('CycleOpened', 4)], manager);
    expect(calls).toEqual([]);
  });
});
