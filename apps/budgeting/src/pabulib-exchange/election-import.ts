import type { BallotChoices, ProjectOnOffer } from '../cycles/ballot-rules';
import type { CycleOpened } from '../cycles/cycle.events';
import { currencyDecimals, storedTallyRule, type TallyRuleChoice } from '../cycles/tally-rule';
import { MalformedPabulib, type Pabulib, type PabulibRow } from '../pabulib';
import type { ProjectProposed } from '../projects/project.events';
import { byId, namedProjects, type Ballot } from '../tally';

/** A project of the file as the cycle will hold it, under an id of the cycle's own. */
export interface ImportedProject {
  /** The file's `project_id`, kept so an export writes the same ids back. */
  readonly reference: string;
  readonly projectId: string;
  readonly line: number;
  readonly proposal: Omit<ProjectProposed, 'cycleId' | 'proposedBy' | 'proposedAs'>;
  readonly cost: bigint;
}

export interface ImportedBallot {
  readonly line: number;
  /** The file's `voter_id`: unique in the file, and only ever used to find the voter's ballot stream. */
  readonly voter: string;
  readonly choices: BallotChoices;
}

/** Everything an import writes, decided from the file alone, before anything is written. */
export interface ElectionImport {
  readonly opening: Omit<CycleOpened, 'openedBy'>;
  readonly projects: readonly ImportedProject[];
  readonly ballots: readonly ImportedBallot[];
  readonly onOffer: ReadonlyMap<string, ProjectOnOffer>;
}

const PLACE_NAME_MAX = 200;
const CATEGORY_MAX = 60;

const textIn = (language: string, text: string) => ({ original: language, texts: { [language]: text } });

/**
 * Ids of the cycle's own that sort as the file's ids do. Every tally breaks its last ties by project
 * id (see tally/), so an imported cycle must order its projects as the file does to reach the same
 * result as `pb tally`: the first eight hex digits are the project's rank, the rest is a name-based
 * id of the cycle and the reference, so two imports never share a project id.
 */
export const importedProjectIds = (
  references: readonly string[],
  nameBasedId: (name: string) => string,
): Map<string, string> => {
  const ranked = [...references].sort(byId);
  return new Map(
    ranked.map((reference, rank) => [
      reference,
      `${rank.toString(16).padStart(8, '0')}${nameBasedId(reference).slice(8)}`,
    ]),
  );
};

const decimalsIn = (amount: string): number => (amount.trim().split('.')[1] ?? '').length;

/** An amount finer than the currency's minor unit (a tenth of a cent) has no place in a cycle here. */
const refuseFinerThan = (pb: Pabulib, currency: string, decimals: number): void => {
  const amounts: [string, number][] = [
    [pb.meta.get('budget') ?? '', pb.metaLines.get('budget') ?? 1],
    ...pb.projects.rows.map((row): [string, number] => [row.values.cost ?? '', row.line]),
  ];
  const finer = amounts.find(([amount]) => decimalsIn(amount) > decimals);
  if (finer)
    throw new MalformedPabulib(
      finer[1],
      'money',
      `${finer[0].trim()} has more decimals than ${currency} has`,
    );
};

const scale = (minor: bigint, from: number, to: number): bigint => minor * 10n ** BigInt(to - from);

const placeOf = (row: PabulibRow, name: string): ProjectProposed['place'] => {
  const [latitude, longitude] = [Number(row.values.latitude), Number(row.values.longitude)];
  if (!row.values.latitude || !row.values.longitude || !Number.isFinite(latitude + longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { name: name.slice(0, PLACE_NAME_MAX), latitude, longitude };
};

const countOf = (pb: Pabulib, key: string, fallback: number): number => {
  const value = Number(pb.meta.get(key));
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
};

const ballotRulesOf = (pb: Pabulib): CycleOpened['ballotRules'] => {
  const kind = pb.election.ballots[0]?.kind ?? 'approval';
  const projects = pb.election.projects.length;
  if (kind === 'cumulative') {
    const most = Math.max(
      1,
      ...pb.election.ballots.map((ballot) =>
        ballot.kind === 'cumulative'
          ? Object.values(ballot.points).reduce((sum, points) => sum + points, 0)
          : 0,
      ),
    );
    return { kind, points: countOf(pb, 'max_sum_points', most) };
  }
  const maxChoices = countOf(pb, 'max_length', Math.max(1, projects));
  if (kind === 'ranked') return { kind, maxChoices };
  return { kind, maxChoices, minChoices: Math.min(countOf(pb, 'min_length', 0), maxChoices) };
};

const choicesOf = (ballot: Ballot, ids: ReadonlyMap<string, string>): BallotChoices => {
  const own = (reference: string): string => ids.get(reference)!;
  if (ballot.kind === 'cumulative')
    return {
      kind: 'cumulative',
      points: Object.fromEntries(Object.entries(ballot.points).map(([id, points]) => [own(id), points])),
    };
  return { kind: ballot.kind, projects: namedProjects(ballot).map(own) };
};

/**
 * A Pabulib election as a cycle of this platform: its budget, projects and ballots, ready to be
 * written through the same deciders as everything else. Money keeps the file's amounts exactly, in
 * the minor units of the file's currency (PLN when it names none, as most Pabulib files are Polish).
 */
export const planElectionImport = (
  pb: Pabulib,
  rule: TallyRuleChoice,
  nameBasedId: (name: string) => string,
): ElectionImport => {
  const language = pb.meta.get('language')?.trim() || 'und';
  const currency = pb.meta.get('currency')?.trim().toUpperCase() || 'PLN';
  const decimals = currencyDecimals(currency);
  refuseFinerThan(pb, currency, decimals);
  const ids = importedProjectIds(
    pb.election.projects.map((project) => project.id),
    nameBasedId,
  );
  const rows = new Map(pb.projects.rows.map((row) => [row.values.project_id!.trim(), row]));
  const projects = pb.election.projects.map((project): ImportedProject => {
    const row = rows.get(project.id)!;
    const name = row.values.name?.trim() || `project ${project.id}`;
    const cost = scale(project.cost, pb.election.decimals, decimals);
    if (cost <= 0n) throw new MalformedPabulib(row.line, 'money', `project ${project.id} costs nothing`);
    const category = row.values.category?.split(',')[0]?.trim().slice(0, CATEGORY_MAX) || 'uncategorised';
    return {
      reference: project.id,
      projectId: ids.get(project.id)!,
      line: row.line,
      cost,
      proposal: {
        title: textIn(language, name),
        description: textIn(language, row.values.description?.trim() || name),
        category,
        district: null,
        costEstimate: cost.toString(),
        place: placeOf(row, name),
      },
    };
  });
  const seen = new Set<string>();
  const ballots = pb.votes.rows.map((row, at): ImportedBallot => {
    const voter = row.values.voter_id!.trim();
    if (seen.has(voter)) throw new MalformedPabulib(row.line, 'unique', `voter ${voter} votes twice`);
    seen.add(voter);
    return { line: row.line, voter, choices: choicesOf(pb.election.ballots[at]!, ids) };
  });
  return {
    opening: {
      title: textIn(language, pb.meta.get('description')?.trim() || pb.meta.get('unit')?.trim() || 'Pabulib'),
      budget: {
        amount: scale(pb.election.budget, pb.election.decimals, decimals).toString(),
        currency,
      },
      districts: [],
      withSupports: false,
      schedule: [],
      ballotRules: ballotRulesOf(pb),
      // Whoever could vote was settled by the city that held the election; its file says nothing more.
      eligibility: { verificationLevel: 'verified' },
      tallyRule: storedTallyRule(rule),
    },
    projects,
    ballots,
    onOffer: new Map(projects.map((project) => [project.projectId, { cost: project.cost }])),
  };
};
