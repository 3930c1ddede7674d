import { Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import { ballotRulesIssues } from './ballot-rules';
import { ballotRulesOf, reached, type Cycle } from './cycle';
import type { StoredTallyRule } from './cycle-results.events';
import { PHASES, type CycleEvent, type CycleOpened, type Phase } from './cycle.events';
import { storedTallyRule, tallyRuleIssues } from './tally-rule';

const mustBeOpen = (state: Cycle): void => {
  if (!state.opened) throw new NotFound('cycle.not-found', 'no such cycle');
};

const checkRules = (rules: CycleOpened['ballotRules'], tallyRule: StoredTallyRule): void => {
  const ballots = ballotRulesOf(rules);
  const issues = ballotRulesIssues(ballots);
  if (issues.length > 0)
    throw new Invalid('cycle.invalid-ballot-rules', 'the ballot rules do not hold together', issues);
  const ruleIssues = tallyRuleIssues(tallyRule, ballots);
  if (ruleIssues.length > 0)
    throw new Invalid('cycle.invalid-tally-rule', 'the tally rule does not fit the ballots', ruleIssues);
};

/** District budgets are parts of the cycle's budget: together they may not exceed it. */
export const openCycle = (state: Cycle, asked: CycleOpened): CycleEvent[] => {
  if (state.opened) throw new RuleViolated('cycle.already-open', 'this cycle is open already');
  // Greedy unless told otherwise: what most cities use, and what every cycle used before the choice.
  const opening = { ...asked, tallyRule: asked.tallyRule ?? { rule: 'greedy' as const } };
  checkRules(opening.ballotRules, opening.tallyRule);
  const districts = opening.districts.reduce((sum, district) => sum + BigInt(district.budget), 0n);
  if (districts > BigInt(opening.budget.amount))
    throw new Invalid(
      'cycle.districts-over-budget',
      'the districts’ budgets add up to more than the cycle’s',
      [
        {
          field: 'districts',
          rule: 'within-budget',
          message: 'district budgets must add up to at most the budget',
        },
      ],
    );
  const names = opening.districts.map((district) => district.name);
  if (new Set(names).size !== names.length)
    throw new Invalid('cycle.district-twice', 'a district is named twice', [
      { field: 'districts', rule: 'unique', message: 'each district is named once' },
    ]);
  return [{ type: 'CycleOpened', data: opening }];
};

/**
 * The rules are locked once voting opens: a ballot is always counted by the rules it was cast under,
 * and by the tally rule announced with them. Without a new tally rule the current one must still fit.
 */
export const changeBallotRules = (
  state: Cycle,
  rules: CycleOpened['ballotRules'],
  changedBy: string,
  tallyRule?: StoredTallyRule,
): CycleEvent[] => {
  mustBeOpen(state);
  if (reached(state, 'voting'))
    throw new RuleViolated('cycle.ballot-rules-locked', 'the ballot rules are locked once voting has opened');
  checkRules(rules, tallyRule ?? storedTallyRule(state.tallyRule));
  return [
    { type: 'BallotRulesChanged', data: { ballotRules: rules, changedBy } },
    ...(tallyRule ? [{ type: 'TallyRuleChosen' as const, data: { tallyRule, chosenBy: changedBy } }] : []),
  ];
};

/** The phase after the current one; supports are skipped in cycles that do without them. */
export const nextPhase = (state: Cycle): Phase | undefined => {
  const after = PHASES.slice(PHASES.indexOf(state.phase ?? 'proposals') + 1);
  return after.find((phase) => phase !== 'supports' || state.withSupports);
};

export const advancePhase = (state: Cycle, advancedBy: string): CycleEvent[] => {
  mustBeOpen(state);
  const to = nextPhase(state);
  // Results become public only by being published, which also seals the ballot box.
  if (state.phase === 'tally')
    throw new RuleViolated('cycle.results-not-published', 'publish the results to leave the tally phase');
  if (!to) throw new RuleViolated('cycle.last-phase', 'implementation is the last phase of a cycle');
  return [{ type: 'PhaseAdvanced', data: { from: state.phase!, to, advancedBy } }];
};
