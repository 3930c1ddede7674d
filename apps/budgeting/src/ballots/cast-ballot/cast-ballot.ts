import {
  ineligibilities,
  Invalid,
  NotAllowed,
  NotFound,
  RuleViolated,
  type Ineligibility,
  type Issue,
  type ResidenceFacts,
} from '@commonplan/kernel';
import { ballotIssues, type BallotChoices, type ProjectOnOffer } from '../../cycles/ballot-rules';
import type { Cycle } from '../../cycles/cycle';
import type { Ballot } from '../ballot';
import type { BallotCast, BallotEvent } from '../ballot.events';

/** Which fact about the voter stood in the way, named as a field and rule like any refusal. */
const INELIGIBLE: Record<Ineligibility, Issue> = {
  'verification-level': {
    field: 'voter.verificationLevel',
    rule: 'verification-level',
    message: 'this cycle asks for a verified residence: redeem an access code or verify at a booth',
  },
  'age-unknown': {
    field: 'voter.ageBand',
    rule: 'age-unknown',
    message: 'this cycle has a minimum age and your age band is not known',
  },
  'too-young': {
    field: 'voter.ageBand',
    rule: 'too-young',
    message: 'you are under this cycle’s minimum age',
  },
  district: {
    field: 'voter.district',
    rule: 'district',
    message: 'this cycle is for residents of other districts',
  },
};

export interface CastBallot {
  readonly cycleId: string;
  readonly choices: BallotChoices;
  readonly voter: ResidenceFacts;
  readonly channel: 'online' | 'paper';
  readonly recordedBy?: string;
}

/** Whether the cycle takes ballots at all, before anything about the voter or the ballot is asked. */
export const mustTakeBallots = (cycle: Cycle): void => {
  if (!cycle.opened || !cycle.ballotRules) throw new NotFound('cycle.not-found', 'no such cycle');
  if (cycle.phase !== 'voting')
    throw new RuleViolated('ballot.voting-closed', 'this cycle is not taking ballots now');
};

/** The choices as a ballot records them: project ids, and for a cumulative ballot points in their order. */
const recordedChoices = (choices: BallotChoices): Pick<BallotCast, 'kind' | 'projects' | 'points'> => ({
  kind: choices.kind,
  projects: choices.kind === 'cumulative' ? Object.keys(choices.points) : [...choices.projects],
  points: choices.kind === 'cumulative' ? Object.values(choices.points) : null,
});

/**
 * Whether a stored ballot is what this command casts: a retry must send the same ballot, or it is
 * another command under a reused id.
 */
export const castsSame = (cast: BallotCast, command: CastBallot): boolean => {
  const choices = recordedChoices(command.choices);
  return (
    cast.kind === choices.kind &&
    cast.channel === command.channel &&
    cast.recordedBy === (command.recordedBy ?? null) &&
    JSON.stringify([cast.projects, cast.points]) === JSON.stringify([choices.projects, choices.points])
  );
};

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
  mustTakeBallots(cycle);
  const reasons = cycle.eligibility ? ineligibilities(cycle.eligibility, command.voter) : [];
  if (reasons.length > 0)
    throw new NotAllowed(
      'ballot.not-eligible',
      `this cycle's rules do not let you vote: ${reasons.join(', ')}`,
      { reasons, issues: reasons.map((reason) => INELIGIBLE[reason]) },
    );
  const district =
    command.voter.district !== undefined && cycle.districts.has(command.voter.district)
      ? command.voter.district
      : undefined;
  const budget = district === undefined ? cycle.budget : cycle.districts.get(district)!;
  const issues = ballotIssues(cycle.ballotRules!, command.choices, {
    projects,
    budget,
    ...(district ? { district } : {}),
  });
  if (issues.length > 0)
    throw new Invalid('ballot.breaks-rules', 'the ballot breaks the cycle’s rules', issues);
  return [
    {
      type: 'BallotCast',
      data: {
        cycleId: command.cycleId,
        ...recordedChoices(command.choices),
        district: district ?? null,
        channel: command.channel,
        recordedBy: command.recordedBy ?? null,
      },
    },
  ];
};
