import { randomUUID } from 'node:crypto';
import { BudgetingTestbed } from '../budgeting.fixture';
import { VoterRoll } from './voter-roll.adapter';

describe('the voter roll budgeting keeps', () => {
  let bed: BudgetingTestbed;

  beforeAll(async () => {
    bed = await BudgetingTestbed.start('PGlite');
  });
  afterAll(() => bed?.close());

  it('knows nobody it was not told of, and keeps the latest verification of everyone else', async () => {
    const roll = bed.app.get(VoterRoll);
    const voter = randomUUID();
    expect(await roll.factsOf(voter)).toEqual({ level: 'none' });

    await bed.db.transaction((session) => roll.record(session, voter, { level: 'self-declared' }));
    expect(await roll.factsOf(voter)).toEqual({ level: 'self-declared' });

    await bed.db.transaction((session) =>
      roll.record(session, voter, { level: 'verified', district: 'Trnje', ageBand: '30-44' }),
    );
    expect(await roll.factsOf(voter)).toEqual({ level: 'verified', district: 'Trnje', ageBand: '30-44' });
    expect(await roll.factsOf(randomUUID())).toEqual({ level: 'none' });
  });
});
