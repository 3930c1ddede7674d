import type { Issue } from '@commonplan/kernel';
import type { BallotRules } from './ballot-rules';
import type { StoredTallyRule } from './cycle-results.events';

/**
 * How a cycle's ballots become funded projects (issue #4): greedy by score, greedy over the projects
 * that reach a threshold, or the Method of Equal Shares completed by add-one. Chosen with the ballot
 * rules and locked with them when voting opens.
 */
export type TallyRuleChoice =
  | { readonly rule: 'greedy' }
  | { readonly rule: 'greedy-threshold'; readonly threshold: number }
  | { readonly rule: 'mes' };

/** An opening without a rule was written before the rule was a choice: those were counted greedily. */
export const tallyRuleOf = (stored: StoredTallyRule | undefined): TallyRuleChoice => {
  if (!stored || stored.rule === 'greedy') return { rule: 'greedy' };
  if (stored.rule === 'mes') return { rule: 'mes' };
  return { rule: 'greedy-threshold', threshold: stored.threshold ?? 0 };
};

export const storedTallyRule = (choice: TallyRuleChoice): StoredTallyRule =>
  choice.rule === 'greedy-threshold'
    ? { rule: choice.rule, threshold: choice.threshold }
    : { rule: choice.rule };

const issue = (field: string, rule: string, message: string): Issue => ({ field, rule, message });

/**
 * A rule that fits the ballots: Equal Shares shares a project's cost among those who approved it,
 * so it needs approval ballots; a threshold belongs to greedy-threshold alone.
 */
export const tallyRuleIssues = (stored: StoredTallyRule, ballots: BallotRules): Issue[] => {
  const issues: Issue[] = [];
  if (stored.rule === 'mes' && ballots.kind !== 'approval')
    issues.push(
      issue(
        'tallyRule.rule',
        'approval-ballots',
        `the Method of Equal Shares counts approval ballots; this cycle takes ${ballots.kind} ballots`,
      ),
    );
  if (stored.rule === 'greedy-threshold' && stored.threshold === undefined)
    issues.push(
      issue('tallyRule.threshold', 'required', 'greedy-threshold needs the score a project must reach'),
    );
  if (stored.rule !== 'greedy-threshold' && stored.threshold !== undefined)
    issues.push(
      issue('tallyRule.threshold', 'greedy-threshold-only', 'only greedy-threshold takes a threshold'),
    );
  return issues;
};

// ISO 4217 minor units where they are not 2; add-one raises every purse by one whole unit of these.
const DECIMALS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};

export const currencyDecimals = (currency: string): number => DECIMALS[currency] ?? 2;
