import { randomUUID } from 'node:crypto';
import { BudgetingTestbed } from '../budgeting.fixture';
import { BallotBox } from './ballot-box.adapter';

describe('the ballot box of a cycle', () => {
  let bed: BudgetingTestbed;

  beforeAll(async () => {
    bed = await BudgetingTestbed.start('PGlite');
  });
  afterAll(() => bed?.close());

  it('gives each voter one ballot stream per cycle, unrelated across cycles, until its secret is destroyed', async () => {
    const open = async (): Promise<string> => {
      const response = await bed
        .as(bed.officer.token)
        .post('/budgeting/cycles')
        .send({
          title: { original: 'pl', texts: { pl: 'Budżet obywatelski Wieliczka' } },
          budget: { amount: '100000000', currency: 'PLN' },
          ballotRules: { kind: 'approval', maxChoices: 3, minChoices: 1 },
          eligibility: { verificationLevel: 'verified' },
        })
        .expect(201);
      return response.body.cycleId;
    };
    const [first, second] = [await open(), await open()];
    const box = bed.app.get(BallotBox);
    const voter = randomUUID();
    const ballot = await box.ballotIdOf(first, voter);
    expect(ballot).toMatch(/^[0-9a-f]{64}$/);
    expect(await box.ballotIdOf(first, voter)).toBe(ballot);
    expect(await box.ballotIdOf(first, randomUUID())).not.toBe(ballot);
    expect(await box.ballotIdOf(second, voter)).not.toBe(ballot);

    await bed.db.transaction((session) => box.destroySecret(session, first));
    await expect(box.ballotIdOf(first, voter)).rejects.toThrow(/sealed/);
  });
});
