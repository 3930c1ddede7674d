import {
  ineligibilities,
  Invalid,
  NotAllowed,
  NotFound,
  RuleViolated,
  type ResidenceFacts,
} from '@commonplan/kernel';
import { ballotIssues, type BallotChoices, type ProjectOnOffer } from '../cycles/ballot-rules';
import type { Cycle } from '../cycles/cycle';
import type { Ballot } from './ballot';
import type { BallotEvent } from './ballot.events';

export interface CastBallot {
  readonly cycleId: string;
  readonly choices: BallotChoices;
  readonly voter: ResidenceFacts;
  readonly channel: 'online' | 'paper';
  readonly recordedBy?: string;
}

/**
 * A ballot is cast, or changed, only while voting is open, by an eligible voter, within the rules the
 * cycle locked when voting opened. Cast online or recorded from paper, it lands in the same stream.
 */
export const castBallot = (
  _ballot: Ballot,
  cycle: Cycle,
  projects: ReadonlyMap<string, ProjectOnOffer>,
  command: CastBallot,
): BallotEvent[] => {
  if (!cycle.opened || !cycle.ballotRules) throw new NotFound('cycle.not-found', 'no such cycle');
  if (cycle.phase !== 'voting')
    throw new RuleViolated('ballot.voting-closed', 'this cycle is not taking ballots now');
  const reasons = cycle.eligibility ? ineligibilities(cycle.eligibility, command.voter) : [];
  if (reasons.length > 0)
    throw new NotAllowed(
      'ballot.not-eligible',
      `this cycle's rules do not let you vote: ${reasons.join(', ')}`,
      {
        reasons,
      },
    );
  const district =
    command.voter.district !== undefined && cycle.districts.has(command.voter.district)
      ? command.voter.district
      : undefined;
  const budget = district === undefined ? cycle.budget : cycle.districts.get(district)!;
  const issues = ballotIssues(cycle.ballotRules, command.choices, {
    projects,
    budget,
    ...(district ? { district } : {}),
  });
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
        district: district ?? null,
        channel: command.channel,
        recordedBy: command.recordedBy ?? null,
      },
    },
  ];
};
