import { Invalid } from '@commonplan/kernel';
import { tallyElection } from '../tally';
import { parsePabulib } from './pabulib';
import { MalformedPabulib } from './pabulib.errors';
import { pabulibOf, writePabulib } from './pabulib-export';

const CRLF = '\r\n';
const file = (...lines: string[]): string => lines.join(CRLF) + CRLF;

const assen = file(
  'META',
  'key;value',
  'description;"Assen; Top Idee ""2024"""',
  'budget;1000.5',
  'vote_type;approval',
  'rule;greedy',
  'PROJECTS',
  'project_id;cost;votes;name;selected',
  'OGM/0004;446.5;999;"Pop-up podium;\nin de stad";1',
  'c1;500;0;Jongerenplatform;0',
  'L028;54;1;Koken;1',
  'VOTES',
  'voter_id;vote',
  'v1;OGM/0004,L028',
  'v2;OGM/0004, c1',
  'v3;',
);

const malformedAt = (text: string): { line: number; message: string } => {
  try {
    parsePabulib(text);
  } catch (error) {
    if (error instanceof MalformedPabulib) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('parsed without complaint');
};

describe('reading a Pabulib file', () => {
  it('reads quoted fields, CRLF, string ids and decimal costs, counting from VOTES only', () => {
    const pb = parsePabulib(assen);
    expect(pb.meta.get('description')).toBe('Assen; Top Idee "2024"');
    expect(pb.election).toEqual({
      decimals: 1,
      budget: 10005n,
      projects: [
        { id: 'OGM/0004', cost: 4465n },
        { id: 'c1', cost: 5000n },
        { id: 'L028', cost: 540n },
      ],
      ballots: [
        { kind: 'approval', projects: ['OGM/0004', 'L028'] },
        { kind: 'approval', projects: ['OGM/0004', 'c1'] },
        { kind: 'approval', projects: [] },
      ],
    });
    expect(pb.projects.rows[0]).toEqual({
      line: 9,
      values: {
        project_id: 'OGM/0004',
        cost: '446.5',
        votes: '999',
        name: 'Pop-up podium;\nin de stad',
        selected: '1',
      },
    });
    expect(pb.projects.rows[1]!.line).toBe(11);
    expect(pb.rule).toEqual({ rule: 'greedy' });
    // Equal scores go cheaper first, and the last project uses the budget to the last 0.1.
    expect(tallyElection(pb.election, pb.rule!).selected).toEqual(['OGM/0004', 'L028', 'c1']);
  });

  it('takes LF line ends, a byte-order mark, blank lines and lower-case section names', () => {
    const text =
      '\ufeffmeta\nkey;value\nbudget;10\nvote_type;ordinal\n\nprojects\nproject_id;cost\na;4\nb;6\nVOTES\nvoter_id;vote\n1;b,a\n';
    const pb = parsePabulib(text);
    expect(pb.lineEnding).toBe('\n');
    expect(pb.election.ballots).toEqual([{ kind: 'ranked', projects: ['b', 'a'] }]);
  });

  it('reads cumulative points parallel to the vote', () => {
    const pb = parsePabulib(
      file(
        'META',
        'key;value',
        'budget;10',
        'vote_type;cumulative',
        'PROJECTS',
        'project_id;cost',
        '7;5',
        '8;5',
        'VOTES',
        'voter_id;vote;points',
        '1;8,7;7,3',
      ),
    );
    expect(pb.election.ballots).toEqual([{ kind: 'cumulative', points: { 8: 7, 7: 3 } }]);
  });

  it('names the rule META asks for, with what it needs', () => {
    const withRule = (...meta: string[]) =>
      parsePabulib(
        file(
          'META',
          'key;value',
          'budget;10',
          'vote_type;approval',
          ...meta,
          'PROJECTS',
          'project_id;cost',
          'VOTES',
          'voter_id;vote',
        ),
      );
    expect(withRule('rule;equalshares/add1').rule).toEqual({ rule: 'mes', completion: 'add-one' });
    expect(withRule('rule;greedy-threshold', 'min_project_score_threshold;25').rule).toEqual({
      rule: 'greedy-threshold',
      threshold: 25,
    });
    expect(withRule('rule;unknown').rule).toBeUndefined();
    expect(withRule().rule).toBeUndefined();
    expect(() => withRule('rule;greedy-threshold')).toThrow(/line 5: greedy-threshold needs a numeric/);
  });
});

describe('a malformed Pabulib file', () => {
  const base = (projects: string[], votes: string[], meta = ['budget;100', 'vote_type;approval']): string =>
    file(
      'META',
      'key;value',
      ...meta,
      'PROJECTS',
      'project_id;cost',
      ...projects,
      'VOTES',
      'voter_id;vote',
      ...votes,
    );

  it.each([
    [
      'a vote for a project PROJECTS lacks',
      base(['a;10'], ['1;a', '2;a,zz']),
      11,
      /project zz, which PROJECTS lacks/,
    ],
    ['the same project twice in a vote', base(['a;10'], ['1;a,a']), 10, /names project a twice/],
    ['a cost that is not an amount', base(['a;10', 'b;1,5'], []), 8, /a cost must be an amount.*"1,5"/],
    [
      'a budget that is not an amount',
      base([], [], ['budget;lots', 'vote_type;approval']),
      3,
      /the budget must be/,
    ],
    ['a row with too few fields', base(['a'], []), 7, /1 fields where the PROJECTS header has 2/],
    ['a project listed twice', base(['a;1', 'a;2'], []), 8, /project a is listed twice/],
    [
      'an unknown vote type',
      base([], [], ['budget;1', 'vote_type;plurality']),
      4,
      /vote_type must be one of/,
    ],
    ['no budget', base([], [], ['vote_type;approval']), 1, /META has no budget/],
    ['a quote never closed', base(['a;"10'], []), 7, /quoted field is never closed/],
    ['text after a closing quote', base(['"a"b;10'], []), 7, /closing quote must end its field/],
    ['lines before META', `x;y${CRLF}${base([], [])}`, 1, /must start with META/],
    [
      'a META section without its header',
      file('META', 'budget;1', 'vote_type;approval', 'PROJECTS', 'project_id;cost', 'VOTES', 'voter_id;vote'),
      2,
      /META header must be key;value/,
    ],
    [
      'no VOTES section',
      file('META', 'key;value', 'budget;1', 'PROJECTS', 'project_id;cost'),
      5,
      /no VOTES section/,
    ],
  ])('names the line of %s', (_, text, line, message) => {
    const found = malformedAt(text);
    expect(found.line).toBe(line);
    expect(found.message).toMatch(new RegExp(`^line ${line}: `));
    expect(found.message).toMatch(message);
  });

  it('is an Invalid input with one issue for its line', () => {
    expect(() => parsePabulib('META\nkey;value\n')).toThrow(Invalid);
  });

  it('names points that do not match the vote', () => {
    const text = file(
      'META',
      'key;value',
      'budget;1',
      'vote_type;cumulative',
      'PROJECTS',
      'project_id;cost',
      'a;1',
      'b;1',
      'VOTES',
      'voter_id;vote;points',
      '1;a,b;3',
    );
    expect(malformedAt(text)).toEqual({ line: 11, message: 'line 11: 2 projects but 1 points' });
  });
});

describe('writing a Pabulib file', () => {
  it('writes back what it read, byte for byte, when it was written plainly', () => {
    const plain = file(
      'META',
      'key;value',
      'budget;100',
      'vote_type;approval',
      'PROJECTS',
      'project_id;cost;name',
      'a;10;Park',
      'VOTES',
      'voter_id;vote',
      '1;a',
    );
    expect(writePabulib(parsePabulib(plain))).toBe(plain);
  });

  it('quotes only fields that need it, so the text reads back the same', () => {
    const once = parsePabulib(assen);
    const twice = parsePabulib(writePabulib(once));
    expect(twice.meta).toEqual(once.meta);
    expect(twice.projects.rows.map((row) => row.values)).toEqual(once.projects.rows.map((row) => row.values));
    expect(twice.election).toEqual(once.election);
  });

  it('exports an election with its informative columns, and reads it back unchanged', () => {
    const { election } = parsePabulib(assen);
    const exported = pabulibOf(election, {
      meta: new Map([['description', 'Assen; Top Idee']]),
      projectValues: new Map([['c1', { name: 'Jongerenplatform', selected: '0' }]]),
    });
    const text = writePabulib(exported);
    expect(text).toMatch(
      /^META\nkey;value\ndescription;"Assen; Top Idee"\nnum_projects;3\nnum_votes;3\nbudget;1000.5\nvote_type;approval\n/,
    );
    expect(text).toContain('c1;500;Jongerenplatform;0\n');
    expect(parsePabulib(text).election).toEqual(election);
  });
});
