import { s } from '@commonplan/kernel';
import { checkContexts, type ContextContribution } from './context-contribution';
import { consumer, publication, type IntegrationEventHandler } from './integration-events';

class AnyModule {}

const context = (name: string, migrationIds: readonly string[] = []): ContextContribution => ({
  name,
  module: AnyModule,
  streamTypes: [],
  migrations: migrationIds.map((id) => ({ id, sql: 'SELECT 1' })),
});

describe('the contexts one process hosts', () => {
  it('may be any set of distinctly named contexts with their own migrations', () => {
    expect(() =>
      checkContexts([context('budgeting', ['budgeting/0001-projects']), context('council')]),
    ).not.toThrow();
  });

  it('may not host one context twice', () => {
    expect(() => checkContexts([context('council'), context('council')])).toThrow(
      'context "council" is hosted twice',
    );
  });

  it('may not carry a migration named after another context', () => {
    expect(() => checkContexts([context('budgeting', ['council/0001-motions'])])).toThrow(
      'migration council/0001-motions of context budgeting must start with "budgeting/"',
    );
  });

  it('needs lower-case names, since they prefix migrations and log lines', () => {
    expect(() => checkContexts([context('Budgeting')])).toThrow(/lower-case/);
  });
});

describe('what contexts tell each other', () => {
  const contract = { context: 'council', type: 'MotionTabled', version: 1, schema: s.object({}) };
  class Handler implements IntegrationEventHandler {
    async handle(): Promise<void> {}
  }
  const listening = (...names: string[]): ContextContribution => ({
    ...context('budgeting'),
    consumers: names.map((name) => consumer({ name, contract, handler: Handler })),
  });

  it("is published only on the context's own topic", () => {
    const speaking = (name: string): ContextContribution => ({
      ...context(name),
      publishes: [
        publication({ streamType: 'motion', eventType: 'MotionTabled', contract, payload: () => ({}) }),
      ],
    });
    expect(() => checkContexts([speaking('council')])).not.toThrow();
    expect(() => checkContexts([speaking('budgeting')])).toThrow(
      'context budgeting may not publish MotionTabled: its contract belongs to council',
    );
  });

  it('is consumed by consumers with distinct lower-case names, each its own group', () => {
    expect(() => checkContexts([listening('motions', 'motion-answers')])).not.toThrow();
    expect(() => checkContexts([listening('motions', 'motions')])).toThrow(
      'context budgeting has two consumers named "motions" for MotionTabled',
    );
    expect(() => checkContexts([listening('Motions')])).toThrow(/lower-case/);
  });

  it('shares a group among consumers of one name, each for its own event type of one topic', () => {
    const of = (context: string, type: string) => ({ ...contract, context, type });
    const sharing = (...contracts: (typeof contract)[]): ContextContribution => ({
      ...context('budgeting'),
      consumers: contracts.map((read) => consumer({ name: 'motions', contract: read, handler: Handler })),
    });
    expect(() =>
      checkContexts([sharing(of('council', 'MotionTabled'), of('council', 'MotionAdopted'))]),
    ).not.toThrow();
    expect(() =>
      checkContexts([sharing(of('council', 'MotionTabled'), of('identity', 'PersonalDataErased'))]),
    ).toThrow('consumers named "motions" of context budgeting must read one context\'s topic');
  });
});
