import { RuleViolated } from '@commonplan/kernel';
import { formatMoney, type Ballot, type Election } from '../tally';
import type { PabulibFile, PabulibRow } from './pabulib';
import { writeRow } from './pabulib-text';

/** Writes a .pb file back: what `parsePabulib` read comes out byte for byte when it was written plainly. */
export const writePabulib = (file: PabulibFile): string => {
  const section = (name: string, columns: readonly string[], rows: readonly PabulibRow[]): string[] => [
    name,
    writeRow(columns),
    ...rows.map((row) => writeRow(columns.map((column) => row.values[column] ?? ''))),
  ];
  const lines = [
    'META',
    writeRow(['key', 'value']),
    ...[...file.meta].map(([key, value]) => writeRow([key, value])),
    ...section('PROJECTS', file.projects.columns, file.projects.rows),
    ...section('VOTES', file.votes.columns, file.votes.rows),
  ];
  return lines.join(file.lineEnding) + file.lineEnding;
};

const VOTE_TYPE: Record<Ballot['kind'], string> = {
  approval: 'approval',
  ranked: 'ordinal',
  cumulative: 'cumulative',
};

export interface PabulibExtras {
  /** META keys beyond those the election determines (description, country, unit, rule...). */
  readonly meta?: ReadonlyMap<string, string>;
  /** Informative project columns (name, category, selected...), by project id. */
  readonly projectValues?: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** Published voter ids; by default 1, 2, 3... (never a participant's id: ballots are unlinkable). */
  readonly voterIds?: readonly string[];
}

/** An election as a .pb file, for export; Pabulib wants one vote type per file. */
export const pabulibOf = (election: Election, extras: PabulibExtras = {}): PabulibFile => {
  const kinds = new Set(election.ballots.map((ballot) => ballot.kind));
  if (kinds.size > 1)
    throw new RuleViolated('pabulib.mixed-ballots', 'a .pb file holds ballots of one kind only');
  const kind = [...kinds][0] ?? 'approval';
  const meta = new Map(extras.meta);
  meta.set('num_projects', String(election.projects.length));
  meta.set('num_votes', String(election.ballots.length));
  meta.set('budget', formatMoney(election.budget, election.decimals));
  meta.set('vote_type', VOTE_TYPE[kind]);
  const informative = [
    ...new Set([...(extras.projectValues?.values() ?? [])].flatMap((values) => Object.keys(values))),
  ].filter((column) => column !== 'project_id' && column !== 'cost');
  const projectRows = election.projects.map((project, at) => ({
    line: at + 1,
    values: {
      ...extras.projectValues?.get(project.id),
      project_id: project.id,
      cost: formatMoney(project.cost, election.decimals),
    },
  }));
  const voteRows = election.ballots.map((ballot, at) => ({
    line: at + 1,
    values: {
      voter_id: extras.voterIds?.[at] ?? String(at + 1),
      ...(ballot.kind === 'cumulative'
        ? { vote: Object.keys(ballot.points).join(','), points: Object.values(ballot.points).join(',') }
        : { vote: ballot.projects.join(',') }),
    },
  }));
  return {
    meta,
    projects: { columns: ['project_id', 'cost', ...informative], rows: projectRows },
    votes: {
      columns: kind === 'cumulative' ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'],
      rows: voteRows,
    },
    lineEnding: '\n',
  };
};
