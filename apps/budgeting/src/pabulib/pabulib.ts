import type { Ballot, Election, Project, RuleChoice } from '../tally';
import { MalformedPabulib } from './pabulib.errors';
import { readRows, type LineEnding, type TextRow } from './pabulib-text';

/** A row of PROJECTS or VOTES: every column kept as written, informative ones included. */
export interface PabulibRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface PabulibSection {
  readonly columns: readonly string[];
  readonly rows: readonly PabulibRow[];
}

/** A .pb file as written: enough to write it back unchanged. */
export interface PabulibFile {
  /** In file order. */
  readonly meta: ReadonlyMap<string, string>;
  readonly projects: PabulibSection;
  readonly votes: PabulibSection;
  readonly lineEnding: LineEnding;
}

export interface Pabulib extends PabulibFile {
  /** The line each META key is on, for errors about its value. */
  readonly metaLines: ReadonlyMap<string, number>;
  /** Counted from VOTES alone: the `votes` and `score` columns of PROJECTS are informative and can disagree. */
  readonly election: Election;
  /** The rule META names, if it is one we tally: `greedy`, `greedy-threshold`, `equalshares/add1`. */
  readonly rule: RuleChoice | undefined;
}

type SectionName = 'meta' | 'projects' | 'votes';
const SECTIONS: readonly SectionName[] = ['meta', 'projects', 'votes'];
const VOTE_TYPES = ['approval', 'ordinal', 'cumulative', 'scoring'] as const;
const MONEY = /^(\d+)(?:\.(\d+))?$/;

const malformed = (line: number, rule: string, problem: string): MalformedPabulib =>
  new MalformedPabulib(line, rule, problem);

interface Sections {
  readonly meta: TextRow[];
  readonly projects: TextRow[];
  readonly votes: TextRow[];
  readonly starts: Record<SectionName, number>;
}

const splitSections = (rows: readonly TextRow[], lastLine: number): Sections => {
  const found: Partial<Record<SectionName, TextRow[]>> = {};
  const starts: Record<SectionName, number> = { meta: lastLine, projects: lastLine, votes: lastLine };
  let current: TextRow[] | undefined;
  for (const row of rows) {
    const name = row.fields[0]!.trim().toLowerCase() as SectionName;
    if (SECTIONS.includes(name) && row.fields.slice(1).every((field) => field === '')) {
      if (found[name]) throw malformed(row.line, 'section', `a second ${name.toUpperCase()} section`);
      current = found[name] = [];
      starts[name] = row.line;
    } else if (!current) throw malformed(row.line, 'section', 'the file must start with META');
    else current.push(row);
  }
  for (const name of SECTIONS)
    if (!found[name]) throw malformed(lastLine, 'section', `the file has no ${name.toUpperCase()} section`);
  return { meta: found.meta!, projects: found.projects!, votes: found.votes!, starts };
};

const sectionOf = (
  name: SectionName,
  rows: readonly TextRow[],
  start: number,
  key: string,
): PabulibSection => {
  const [header, ...body] = rows;
  if (!header) throw malformed(start, 'header', `${name.toUpperCase()} has no header line`);
  const columns = header.fields.map((column) => column.trim());
  if (columns[0] !== key)
    throw malformed(header.line, 'header', `the ${name.toUpperCase()} header must start with ${key}`);
  const duplicate = columns.find((column, at) => columns.indexOf(column) !== at);
  if (duplicate !== undefined) throw malformed(header.line, 'header', `column ${duplicate} appears twice`);
  return {
    columns,
    rows: body.map((row) => {
      if (row.fields.length !== columns.length)
        throw malformed(
          row.line,
          'columns',
          `${row.fields.length} fields where the ${name.toUpperCase()} header has ${columns.length}`,
        );
      return {
        line: row.line,
        values: Object.fromEntries(columns.map((column, at) => [column, row.fields[at]!])),
      };
    }),
  };
};

interface Amount {
  readonly digits: string;
  readonly decimals: string;
}

const amountOf = (text: string, line: number, what: string): Amount => {
  const match = MONEY.exec(text.trim());
  if (!match)
    throw malformed(line, 'money', `${what} must be an amount like 1200 or 446829.4, not "${text}"`);
  return { digits: match[1]!, decimals: match[2] ?? '' };
};

const minorUnits = (amount: Amount, decimals: number): bigint =>
  BigInt(amount.digits + amount.decimals.padEnd(decimals, '0'));

const listOf = (text: string): string[] => (text.trim() === '' ? [] : text.split(',').map((id) => id.trim()));

const ballotOf = (
  row: PabulibRow,
  voteType: (typeof VOTE_TYPES)[number],
  known: ReadonlySet<string>,
): Ballot => {
  const ids = listOf(row.values.vote ?? '');
  ids.forEach((id, at) => {
    if (!known.has(id))
      throw malformed(row.line, 'on-offer', `the vote names project ${id}, which PROJECTS lacks`);
    if (ids.indexOf(id) !== at) throw malformed(row.line, 'unique', `the vote names project ${id} twice`);
  });
  if (voteType === 'approval') return { kind: 'approval', projects: ids };
  if (voteType === 'ordinal') return { kind: 'ranked', projects: ids };
  const points = listOf(row.values.points ?? '').map(Number);
  if (points.length !== ids.length)
    throw malformed(row.line, 'points', `${ids.length} projects but ${points.length} points`);
  const bad = points.findIndex((value) => !Number.isFinite(value) || value < 0);
  if (bad !== -1)
    throw malformed(row.line, 'points', `points must be numbers from 0 up, not "${points[bad]}"`);
  return { kind: 'cumulative', points: Object.fromEntries(ids.map((id, at) => [id, points[at]!])) };
};

const ruleOf = (meta: ReadonlyMap<string, string>, line: (key: string) => number): RuleChoice | undefined => {
  switch (meta.get('rule')?.trim()) {
    case 'greedy':
      return { rule: 'greedy' };
    case 'equalshares/add1':
      return { rule: 'mes', completion: 'add-one' };
    case 'greedy-threshold': {
      const text = meta.get('min_project_score_threshold');
      const threshold = Number(text);
      if (text === undefined || text.trim() === '' || !Number.isFinite(threshold))
        throw malformed(
          line('rule'),
          'threshold',
          'greedy-threshold needs a numeric min_project_score_threshold',
        );
      return { rule: 'greedy-threshold', threshold };
    }
    default:
      return undefined;
  }
};

const metaOf = (
  rows: readonly TextRow[],
  start: number,
): { meta: Map<string, string>; lines: Map<string, number> } => {
  const [meta, lines] = [new Map<string, string>(), new Map<string, number>()];
  const [header, ...body] = rows;
  if (header?.fields.map((field) => field.trim().toLowerCase()).join(';') !== 'key;value')
    throw malformed(header?.line ?? start, 'header', 'the META header must be key;value');
  for (const row of body) {
    if (row.fields.length !== 2) throw malformed(row.line, 'columns', 'a META line is key;value');
    const key = row.fields[0]!.trim();
    if (meta.has(key)) throw malformed(row.line, 'unique', `META key ${key} appears twice`);
    meta.set(key, row.fields[1]!);
    lines.set(key, row.line);
  }
  return { meta, lines };
};

/**
 * Reads a Pabulib .pb file (pabulib.org/format). Pure: it takes the text, so the command line, an
 * import endpoint and tests share it. Any problem is a `MalformedPabulib` naming its line.
 */
export const parsePabulib = (text: string): Pabulib => {
  const { rows, lineEnding } = readRows(text);
  const lastLine = rows.at(-1)?.line ?? 1;
  const sections = splitSections(rows, lastLine);
  const { meta, lines } = metaOf(sections.meta, sections.starts.meta);
  const line = (key: string): number => lines.get(key) ?? sections.starts.meta;
  const projects = sectionOf('projects', sections.projects, sections.starts.projects, 'project_id');
  const votes = sectionOf('votes', sections.votes, sections.starts.votes, 'voter_id');
  if (!projects.columns.includes('cost'))
    throw malformed(sections.starts.projects, 'header', 'PROJECTS has no cost column');
  if (!votes.columns.includes('vote'))
    throw malformed(sections.starts.votes, 'header', 'VOTES has no vote column');
  const voteType = meta.get('vote_type')?.trim() as (typeof VOTE_TYPES)[number] | undefined;
  if (!voteType || !VOTE_TYPES.includes(voteType))
    throw malformed(line('vote_type'), 'vote-type', `vote_type must be one of ${VOTE_TYPES.join(', ')}`);
  if (voteType !== 'approval' && voteType !== 'ordinal' && !votes.columns.includes('points'))
    throw malformed(sections.starts.votes, 'header', `${voteType} votes need a points column`);
  if (!meta.has('budget')) throw malformed(sections.starts.meta, 'budget', 'META has no budget');
  const budget = amountOf(meta.get('budget')!, line('budget'), 'the budget');
  const costs = projects.rows.map((row) => amountOf(row.values.cost!, row.line, 'a cost'));
  const decimals = Math.max(budget.decimals.length, ...costs.map((cost) => cost.decimals.length));
  const known = new Set<string>();
  const parsedProjects: Project[] = projects.rows.map((row, at) => {
    const id = row.values.project_id!.trim();
    if (id === '') throw malformed(row.line, 'required', 'a project needs a project_id');
    if (known.has(id)) throw malformed(row.line, 'unique', `project ${id} is listed twice`);
    known.add(id);
    return { id, cost: minorUnits(costs[at]!, decimals) };
  });
  const election: Election = {
    decimals,
    budget: minorUnits(budget, decimals),
    projects: parsedProjects,
    ballots: votes.rows.map((row) => ballotOf(row, voteType, known)),
  };
  return { meta, metaLines: lines, projects, votes, lineEnding, election, rule: ruleOf(meta, line) };
};
