import type { BallotChoices } from '../cycles/ballot-rules';
import type { BallotCast, BallotEvent } from './ballot.events';

/** Every version is kept in the stream; the last one counts. */
export interface Ballot {
  readonly versions: number;
  readonly current?: BallotCast;
}

export const initialBallot = (): Ballot => ({ versions: 0 });

export const evolveBallot = (state: Ballot, event: BallotEvent): Ballot => ({
  versions: state.versions + 1,
  current: event.data,
});

export const choicesOf = (cast: BallotCast): BallotChoices =>
  cast.kind === 'cumulative'
    ? {
        kind: 'cumulative',
        points: Object.fromEntries(cast.projects.map((id, index) => [id, cast.points?.[index] ?? 0])),
      }
    : { kind: cast.kind, projects: cast.projects };
