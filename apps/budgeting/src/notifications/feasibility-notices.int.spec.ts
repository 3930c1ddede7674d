import { Processors } from '@commonplan/nest';
import { BudgetingTestbed } from '../budgeting.fixture';

const text = (de: string) => ({ original: 'de', texts: { de } });

describe.each(['PGlite', 'PostgreSQL'] as const)(
  'the proposer is told what became of a project on %s',
  (engine) => {
    let bed: BudgetingTestbed;

    beforeAll(async () => {
      bed = await BudgetingTestbed.start(engine);
    });
    afterAll(() => bed?.close());

    const as = (token: string) => bed.as(token);

    it('with the public reason when it cannot be done, and only the proposer', async () => {
      const [officer, author, neighbour] = [bed.officer.token, bed.resident(), bed.resident()];
      const opened = await as(officer)
        .post('/budgeting/cycles')
        .send({
          title: text('Leipzig, Stadt der Zuflucht'),
          budget: { amount: '50000000', currency: 'EUR' },
          ballotRules: { kind: 'approval', maxChoices: 3 },
          eligibility: { verificationLevel: 'verified' },
        })
        .expect(201);
      const cycleId = opened.body.cycleId as string;
      const propose = (title: string) =>
        as(author)
          .post(`/budgeting/cycles/${cycleId}/projects`)
          .send({
            title: text(title),
            description: text(title),
            category: 'Begegnung',
            costEstimate: '900000',
          })
          .expect(201);
      const cafe = (await propose('Sprachcafé im Westen')).body.projectId as string;
      const pool = (await propose('Schwimmbad auf dem Dach')).body.projectId as string;
      await as(officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);
      await as(officer)
        .post(`/budgeting/projects/${cafe}/feasibility`)
        .send({ feasible: true, finalCost: '950000' })
        .expect(201);
      const reason = {
        original: 'de',
        texts: { de: 'Das Dach trägt kein Becken', ar: 'السقف لا يحمل حوض سباحة' },
      };
      await as(officer)
        .post(`/budgeting/projects/${pool}/feasibility`)
        .send({ feasible: false, reason })
        .expect(201);
      await bed.app.get(Processors).projections.caughtUp();

      const inbox = await as(author).get('/budgeting/me/notifications').expect(200);
      expect(inbox.body.notifications).toEqual([
        expect.objectContaining({
          kind: 'feasibility-assessed',
          projectId: pool,
          status: 'not-feasible',
          note: reason,
        }),
        expect.objectContaining({
          kind: 'feasibility-assessed',
          projectId: cafe,
          status: 'feasible',
          progress: null,
        }),
      ]);
      expect((await as(neighbour).get('/budgeting/me/notifications').expect(200)).body.notifications).toEqual(
        [],
      );
    });
  },
);
