import { checkContexts, type ContextContribution } from './context-contribution';

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
