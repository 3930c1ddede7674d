import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareFractions, fraction, tallyElection, type EqualSharesTally } from '../tally';
import { parsePabulib } from './pabulib';
import { writePabulib } from './pabulib-export';

// Real elections from pabulib.org, kept beside the repository (see that folder's README).
const PABULIB = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'pabulib');

const read = (name: string): string => readFileSync(path.join(PABULIB, name), 'utf8');

describe('real Pabulib elections', () => {
  it.each([
    ['Netherlands_Assen_2024.pb', 'mes', 9],
    ['Poland_Czestochowa_2024_Podjasnogorska.pb', 'greedy', 4],
    ['Poland_Krakow_2019_Bienczyce.pb', 'greedy', 7],
    ['Poland_Warszawa_2023_Ochota.pb', 'greedy', 15],
  ])(
    '%s: the rule in its META funds exactly the projects its selected column records',
    (name, rule, funded) => {
      const pb = parsePabulib(read(name));
      expect(pb.rule?.rule).toBe(rule);
      const tally = tallyElection(pb.election, pb.rule!);
      const recorded = pb.projects.rows
        .filter((row) => row.values.selected === '1')
        .map((row) => row.values.project_id!);
      expect([...tally.selected].sort()).toEqual(recorded.sort());
      expect(tally.selected).toHaveLength(funded);
      expect(tally.totalCost).toBeLessThanOrEqual(pb.election.budget);
    },
  );

  it('funds Assen in the order equalshares.net does, each project paid to the cent by its supporters', () => {
    const pb = parsePabulib(read('Netherlands_Assen_2024.pb'));
    const tally = tallyElection(pb.election, pb.rule!) as EqualSharesTally;
    expect(tally.selected).toEqual(['3', '9', '2', '11', '13', '14', '5', '6', '12']);
    expect(tally.totalCost).toBe(76_700n);
    // 84 voters, purses raised from 1190 to 2033 euros before the next raise would overspend.
    expect(tally.voterBudget).toEqual(fraction(2033n, 1n));
    expect(tally.raises).toBe(843);
    for (const payment of tally.payments) {
      const paid = fraction(
        payment.share.numerator * BigInt(payment.fullShares) * payment.paidByPartial.denominator +
          payment.paidByPartial.numerator * payment.share.denominator,
        payment.share.denominator * payment.paidByPartial.denominator,
      );
      expect(compareFractions(paid, fraction(payment.cost, 1n))).toBe(0);
    }
  });

  it.each([
    'Netherlands_Assen_2024.pb',
    'Poland_Czestochowa_2024_Podjasnogorska.pb',
    'Poland_Krakow_2019_Bienczyce.pb',
    'Poland_Warszawa_2023_Ochota.pb',
  ])('%s reads and writes back byte for byte', (name) => {
    const text = read(name);
    expect(writePabulib(parsePabulib(text))).toBe(text);
  });

  it('counts Częstochowa from its points and Kraków from its rankings, not from the informative columns', () => {
    const czestochowa = parsePabulib(read('Poland_Czestochowa_2024_Podjasnogorska.pb'));
    const krakow = parsePabulib(read('Poland_Krakow_2019_Bienczyce.pb'));
    expect(czestochowa.election.ballots[1]).toEqual({ kind: 'cumulative', points: { 611: 5, 662: 5 } });
    expect(krakow.election.ballots[0]).toEqual({ kind: 'ranked', projects: ['4', '11', '14'] });
    const score = (tally: ReturnType<typeof tallyElection>, id: string) =>
      'scores' in tally ? tally.scores.get(id) : undefined;
    expect(score(tallyElection(czestochowa.election, { rule: 'greedy' }), '112')).toBe(627);
    expect(score(tallyElection(krakow.election, { rule: 'greedy' }), '3')).toBe(1571);
  });
});
