import { ballotIssues, ballotRulesIssues, type BallotContext } from './ballot-rules';

const context: BallotContext = {
  projects: new Map([
    ['shelter-beds', { cost: 400_000n }],
    ['language-cafe', { cost: 50_000n, district: 'Trnje' }],
    ['welcome-desk', { cost: 150_000n, district: 'Trnje' }],
    ['night-bus', { cost: 300_000n, district: 'Dubrava' }],
  ]),
  district: 'Trnje',
  budget: 500_000n,
};

const rulesOf = (issues: { rule: string }[]): string[] => issues.map((issue) => issue.rule);

describe('a ballot against its cycle’s rules', () => {
  it('takes an approval ballot within its bounds, and names every bound it breaks', () => {
    const rules = { kind: 'approval', maxChoices: 2, minChoices: 1 } as const;
    expect(
      ballotIssues(rules, { kind: 'approval', projects: ['shelter-beds', 'language-cafe'] }, context),
    ).toEqual([]);
    expect(
      rulesOf(
        ballotIssues(
          rules,
          { kind: 'approval', projects: ['shelter-beds', 'language-cafe', 'welcome-desk'] },
          context,
        ),
      ),
    ).toEqual(['max-items']);
    expect(rulesOf(ballotIssues(rules, { kind: 'approval', projects: [] }, context))).toEqual(['min-items']);
    expect(
      ballotIssues(rules, { kind: 'approval', projects: ['night-bus', 'nowhere', 'nowhere'] }, context),
    ).toEqual([
      { field: 'projects.0', rule: 'district', message: expect.any(String) },
      { field: 'projects.1', rule: 'on-offer', message: expect.any(String) },
      { field: 'projects.2', rule: 'unique', message: expect.any(String) },
      { field: 'projects.2', rule: 'on-offer', message: expect.any(String) },
      { field: 'projects', rule: 'max-items', message: expect.any(String) },
    ]);
  });

  it('keeps a knapsack ballot within the budget and above the share it must spend', () => {
    const rules = { kind: 'knapsack', minSpendShare: 0.5 } as const;
    expect(
      ballotIssues(rules, { kind: 'knapsack', projects: ['shelter-beds', 'language-cafe'] }, context),
    ).toEqual([]);
    expect(
      rulesOf(ballotIssues(rules, { kind: 'knapsack', projects: ['shelter-beds', 'welcome-desk'] }, context)),
    ).toEqual(['within-budget']);
    expect(rulesOf(ballotIssues(rules, { kind: 'knapsack', projects: ['language-cafe'] }, context))).toEqual([
      'min-spend',
    ]);
    expect(
      rulesOf(
        ballotIssues({ kind: 'knapsack', minSpendShare: 0 }, { kind: 'knapsack', projects: [] }, context),
      ),
    ).toEqual(['min-items']);
  });

  it('takes a ranking of up to k projects, and points spread within the allowance', () => {
    expect(
      ballotIssues(
        { kind: 'ranked', maxChoices: 3 },
        { kind: 'ranked', projects: ['welcome-desk', 'shelter-beds'] },
        context,
      ),
    ).toEqual([]);
    const cumulative = { kind: 'cumulative', points: 10 } as const;
    expect(
      ballotIssues(
        cumulative,
        { kind: 'cumulative', points: { 'shelter-beds': 7, 'language-cafe': 3 } },
        context,
      ),
    ).toEqual([]);
    expect(
      rulesOf(
        ballotIssues(
          cumulative,
          { kind: 'cumulative', points: { 'shelter-beds': 8, 'language-cafe': 3 } },
          context,
        ),
      ),
    ).toEqual(['max-points']);
    expect(
      rulesOf(ballotIssues(cumulative, { kind: 'cumulative', points: { 'shelter-beds': 1.5 } }, context)),
    ).toEqual(['whole-points']);
  });

  it('refuses a ballot of another kind than the cycle takes', () => {
    expect(
      rulesOf(ballotIssues({ kind: 'ranked', maxChoices: 3 }, { kind: 'approval', projects: [] }, context)),
    ).toEqual(['ballot-kind']);
  });

  it('checks the rules a cycle is opened with', () => {
    expect(ballotRulesIssues({ kind: 'approval', maxChoices: 3, minChoices: 4 })).toEqual([
      expect.objectContaining({ field: 'ballotRules.minChoices', rule: 'range' }),
    ]);
    expect(ballotRulesIssues({ kind: 'knapsack', minSpendShare: 1.2 })).toHaveLength(1);
    expect(ballotRulesIssues({ kind: 'cumulative', points: 0 })).toHaveLength(1);
    expect(ballotRulesIssues({ kind: 'ranked', maxChoices: 5 })).toEqual([]);
  });
});
