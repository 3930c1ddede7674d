import { s } from '@commonplan/kernel';
import { EventCatalog } from './catalog';
import { EventSchemaViolation, UnknownEventType, UnknownStreamType } from './errors';

const catalog = new EventCatalog([
  {
    streamType: 'motion',
    events: [
      {
        type: 'MotionTabled',
        version: 2,
        schema: s.object({ title: s.string({ min: 1 }), language: s.string() }),
      },
      { type: 'MotionWithdrawn', version: 1, schema: s.object({ reason: s.optional(s.string()) }) },
    ],
    upcasters: [
      { type: 'MotionTabled', fromVersion: 1, upcast: (data) => ({ ...(data as object), language: 'de' }) },
    ],
  },
]);

describe('the event catalog', () => {
  it('stamps a valid event with its current schema version', () => {
    expect(
      catalog.prepare('motion', 'MotionTabled', { title: 'Interpreters at the town hall', language: 'en' }),
    ).toEqual({
      schemaVersion: 2,
      data: { title: 'Interpreters at the town hall', language: 'en' },
    });
  });

  it('names every field that breaks its schema', () => {
    const attempt = () => catalog.prepare('motion', 'MotionTabled', { title: '', extra: 1 });
    expect(attempt).toThrow(EventSchemaViolation);
    try {
      attempt();
    } catch (error) {
      expect((error as EventSchemaViolation).issues).toEqual([
        { field: 'data.extra', rule: 'unknown', message: 'extra is not allowed' },
        { field: 'data.title', rule: 'min-length', message: 'title must have at least 1 characters' },
        { field: 'data.language', rule: 'required', message: 'language is required' },
      ]);
    }
  });

  it('refuses stream types and event types it does not know', () => {
    expect(() => catalog.prepare('ballot', 'BallotCast', {})).toThrow(UnknownStreamType);
    expect(() => catalog.prepare('motion', 'MotionAdopted', {})).toThrow(UnknownEventType);
  });

  it('upcasts old versions on read and leaves current ones alone', () => {
    expect(catalog.upcast('motion', 'MotionTabled', 1, { title: 't' })).toEqual({
      schemaVersion: 2,
      data: { title: 't', language: 'de' },
    });
    expect(catalog.upcast('motion', 'MotionWithdrawn', 1, {})).toEqual({ schemaVersion: 1, data: {} });
  });

  it('refuses a version newer than the code knows', () => {
    expect(() => catalog.upcast('motion', 'MotionWithdrawn', 2, {})).toThrow(UnknownEventType);
  });

  it('refuses to register a version without upcasters from every older one', () => {
    expect(
      () =>
        new EventCatalog([
          { streamType: 'plan', events: [{ type: 'PlanDrafted', version: 3, schema: s.json() }] },
        ]),
    ).toThrow(/no upcaster from v1/);
  });
});
