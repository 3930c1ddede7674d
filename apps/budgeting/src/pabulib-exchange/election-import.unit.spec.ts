import { parsePabulib } from '../pabulib';
import { byId } from '../tally';
import { importedProjectIds, planElectionImport } from './election-import';

const file = (meta: string[], projects: string[], votes: string[]): string =>
  [
    'META',
    'key;value',
    ...meta,
    'PROJECTS',
    'project_id;cost;name;category',
    ...projects,
    'VOTES',
    'voter_id;vote',
    ...votes,
  ].join('\n');

const named = (name: string): string => `0b6f3c52-8d1e-5c3a-9f2b-${name.padStart(12, '0').slice(-12)}`;

describe('planning a Pabulib import', () => {
  it('gives projects ids of the cycle that sort as the file’s ids do, so ties break alike', () => {
    const references = ['L028', 'c1', 'OGM/0004', '10', '9'];
    const ids = importedProjectIds(references, (name) => named(Buffer.from(name).toString('hex')));
    const byOwnId = [...references].sort((a, b) => byId(ids.get(a)!, ids.get(b)!));
    expect(byOwnId).toEqual([...references].sort(byId));
    expect(new Set(ids.values()).size).toBe(references.length);
    for (const id of ids.values())
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps the file’s amounts exactly in the currency’s minor units, with its rules and language', () => {
    const pb = parsePabulib(
      file(
        [
          'budget;1000.5',
          'vote_type;approval',
          'max_length;2',
          'min_length;1',
          'currency;EUR',
          'language;nl',
          'description;Assen',
        ],
        ['a;400.25;Taalhuis;education,culture', 'b;600;Fietsenmaker;mobility'],
        ['1;a,b', '2;b'],
      ),
    );
    const plan = planElectionImport(pb, { rule: 'greedy' }, named);
    expect(plan.opening).toMatchObject({
      title: { original: 'nl', texts: { nl: 'Assen' } },
      budget: { amount: '100050', currency: 'EUR' },
      ballotRules: { kind: 'approval', maxChoices: 2, minChoices: 1 },
      tallyRule: { rule: 'greedy' },
    });
    expect(
      plan.projects.map((project) => [project.reference, project.cost, project.proposal.category]),
    ).toEqual([
      ['a', 40025n, 'education'],
      ['b', 60000n, 'mobility'],
    ]);
    expect(plan.ballots.map((ballot) => ballot.line)).toEqual([16, 17]);
  });

  it('refuses what a cycle here cannot hold, naming the line', () => {
    const finer = parsePabulib(
      file(['budget;10.125', 'vote_type;approval', 'currency;EUR'], ['a;1;A;x'], ['1;a']),
    );
    expect(() => planElectionImport(finer, { rule: 'greedy' }, named)).toThrow(
      /line 3: 10.125 has more decimals than EUR has/,
    );
    const twice = parsePabulib(file(['budget;10', 'vote_type;approval'], ['a;1;A;x'], ['1;a', '1;a']));
    expect(() => planElectionImport(twice, { rule: 'greedy' }, named)).toThrow(
      /line 11: voter 1 votes twice/,
    );
    const free = parsePabulib(file(['budget;10', 'vote_type;approval'], ['a;0;A;x'], ['1;a']));
    expect(() => planElectionImport(free, { rule: 'greedy' }, named)).toThrow(
      /line 7: project a costs nothing/,
    );
  });
});
