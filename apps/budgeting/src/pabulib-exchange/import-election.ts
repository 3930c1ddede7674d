import { Invalid, RuleViolated } from '@commonplan/kernel';
import type { Ballot } from '../ballots/ballot';
import type { BallotEvent } from '../ballots/ballot.events';
import { mustTakeBallots } from '../ballots/cast-ballot/cast-ballot';
import { ballotIssues, type BallotChoices, type ProjectOnOffer } from '../cycles/ballot-rules';
import type { Cycle } from '../cycles/cycle';
import type { CycleEvent } from '../cycles/cycle.events';
import type { ElectionImported } from '../cycles/election-imported.events';

export interface ImportBallot {
  readonly cycleId: string;
  readonly choices: BallotChoices;
  readonly importedBy: string;
}

/**
 * A ballot of an election held elsewhere. Who could vote there was the holding city's to settle, so
 * no voter roll is asked; the ballot still has to keep the rules the cycle locked, like any other.
 */
export const importBallot = (
  ballot: Ballot,
  cycle: Cycle,
  projects: ReadonlyMap<string, ProjectOnOffer>,
  command: ImportBallot,
): BallotEvent[] => {
  mustTakeBallots(cycle);
  if (ballot.versions > 0)
    throw new RuleViolated('ballot.imported-twice', 'this voter’s ballot is imported already');
  const issues = ballotIssues(cycle.ballotRules!, command.choices, { projects, budget: cycle.budget });
  if (issues.length > 0)
    throw new Invalid('ballot.breaks-rules', 'the ballot breaks the cycle’s rules', issues);
  const { choices } = command;
  return [
    {
      type: 'BallotCast',
      data: {
        cycleId: command.cycleId,
        kind: choices.kind,
        projects: choices.kind === 'cumulative' ? Object.keys(choices.points) : [...choices.projects],
        points: choices.kind === 'cumulative' ? Object.values(choices.points) : null,
        district: null,
        channel: 'imported',
        recordedBy: command.importedBy,
      },
    },
  ];
};

/** Said once, while the imported ballots are being taken in, before the vote is counted. */
export const recordImport = (cycle: Cycle, imported: ElectionImported): CycleEvent[] => {
  mustTakeBallots(cycle);
  if (cycle.imported)
    throw new RuleViolated('cycle.imported-already', 'this cycle holds an imported election already');
  return [{ type: 'ElectionImported', data: imported }];
};
