import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliContext } from './command';
import { runCli } from './main';
import { freshDataDir } from '@commonplan/testing';

const PABULIB = path.resolve(__dirname, '..', '..', 'shared', 'data', 'pabulib');
const ASSEN = path.join(PABULIB, 'Netherlands_Assen_2024.pb');

const run = async (...argv: string[]) => {
  const [out, err]: [string[], string[]] = [[], []];
  const context: CliContext = {
    env: {},
    output: { out: (line) => out.push(line), err: (line) => err.push(line) },
  };
  const code = await runCli(argv, context);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

const recordedSelection = (file: string): string[] => {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const header = lines.indexOf('PROJECTS') + 1;
  const columns = lines[header]!.split(';');
  const rows = lines.slice(header + 1, lines.indexOf('VOTES')).map((line) => line.split(';'));
  return rows.filter((row) => row[columns.indexOf('selected')] === '1').map((row) => row[0]!);
};

describe('commonplan pb tally', () => {
  let folder: string;
  const write = (name: string, lines: string[]): string => {
    const file = path.join(folder, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };

  beforeAll(() => {
    folder = freshDataDir('commonplan-pb-', { pglite: false });
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['Netherlands_Assen_2024.pb', 'mes', 76700],
    ['Poland_Czestochowa_2024_Podjasnogorska.pb', 'greedy', 138000],
    ['Poland_Krakow_2019_Bienczyce.pb', 'greedy', 896000],
    ['Poland_Warszawa_2023_Ochota.pb', 'greedy', 3336680],
  ])('tallies %s by its own rule into one JSON object', async (name, rule, total) => {
    const file = path.join(PABULIB, name);
    const { code, out, err } = await run('pb', 'tally', file, '--json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out.split('\n')).toHaveLength(1);
    const result = JSON.parse(out) as { rule: string; selected: string[]; total_cost: number };
    expect(Object.keys(result)).toEqual(['rule', 'selected', 'total_cost']);
    expect(result.rule).toBe(rule);
    expect([...result.selected].sort()).toEqual(recordedSelection(file).sort());
    expect(result.total_cost).toBe(total);
  });

  it('lists the funded projects with their costs and shares, the total and the tie-break', async () => {
    const { code, out } = await run('pb', 'tally', ASSEN);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^Netherlands_Assen_2024\.pb: Method of Equal Shares completed by add-one \(843 raises, 2033 per voter\)/,
    );
    expect(out).toContain('84 ballots, 14 projects, budget 100000 EUR');
    expect(out).toMatch(/\n {2}9 +21000 {2}42 supporters paid 500 each\n/);
    expect(out).toContain('\ntotal 76700 of 100000\n');
    expect(out).toMatch(/\nties: .*lower cost, then more approvals/);
  });

  it('tallies by another rule when asked', async () => {
    const { code, out } = await run('pb', 'tally', ASSEN, '--rule=greedy', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      rule: 'greedy',
      selected: ['3', '9', '8', '2', '11', '13', '14'],
      total_cost: 99200,
    });
    const threshold = write('threshold.pb', [
      'META',
      'key;value',
      'budget;100',
      'vote_type;approval',
      'rule;greedy-threshold',
      'min_project_score_threshold;2',
      'PROJECTS',
      'project_id;cost',
      'a;10',
      'b;10',
      'VOTES',
      'voter_id;vote',
      '1;a,b',
      '2;a',
    ]);
    expect(JSON.parse((await run('pb', 'tally', threshold, '--json')).out)).toEqual({
      rule: 'greedy-threshold',
      selected: ['a'],
      total_cost: 10,
    });
    expect(
      JSON.parse((await run('pb', 'tally', threshold, '--rule', 'greedy', '--json')).out).selected,
    ).toEqual(['a', 'b']);
  });

  it('names the line of a malformed file and exits with 1', async () => {
    const broken = write('broken.pb', [
      'META',
      'key;value',
      'budget;100',
      'vote_type;approval',
      'PROJECTS',
      'project_id;cost',
      'a;10',
      'VOTES',
      'voter_id;vote',
      '1;a',
      '2;b',
    ]);
    const { code, out, err } = await run('pb', 'tally', broken, '--json');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`pb tally: ${broken}: line 11: the vote names project b, which PROJECTS lacks`);
  });

  it.each([
    [['pb'], /^pb needs a subcommand: tally, import, export/],
    [['pb', 'count', 'x.pb'], /^pb has no subcommand "count"/],
    [['pb', 'import'], /^pb import takes one \.pb file/],
    [['pb', 'import', ASSEN, '--rule', 'borda'], /^--rule takes greedy, greedy-threshold, mes, not "borda"/],
    [['pb', 'export', 'not-a-cycle'], /^pb export takes one cycle id/],
    [['pb', 'export', '--output'], /^--output needs a value/],
    [['pb', 'tally'], /^pb tally needs a \.pb file/],
    [['pb', 'tally', 'missing.pb'], /^cannot read "missing\.pb": no such file/],
    [['pb', 'tally', ASSEN, '--rule', 'borda'], /^--rule takes greedy, greedy-threshold, mes, not "borda"/],
    [['pb', 'tally', ASSEN, '--rule'], /^--rule takes greedy, greedy-threshold, mes\n/],
    [['pb', 'tally', ASSEN, '--rule', 'greedy-threshold'], /^greedy-threshold takes its threshold from META/],
    [['pb', 'tally', ASSEN, ASSEN], /^pb tally takes one \.pb file/],
    [['pb', 'tally', ASSEN, '--csv'], /^pb tally does not take "--csv"/],
    [
      ['pb', 'tally', path.join(PABULIB, 'Poland_Krakow_2019_Bienczyce.pb'), '--rule', 'mes'],
      /counts approval ballots, not ranked ones/,
    ],
  ])('answers %j with the usage text and exit code 2', async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toContain('usage: commonplan <command>');
  });

  it('asks for --rule when the file names a rule it does not know', async () => {
    const unknown = write('unknown.pb', [
      'META',
      'key;value',
      'budget;100',
      'vote_type;approval',
      'rule;unknown',
      'PROJECTS',
      'project_id;cost',
      'VOTES',
      'voter_id;vote',
    ]);
    const { code, err } = await run('pb', 'tally', unknown);
    expect(code).toBe(2);
    expect(err).toMatch(
      /^the file's rule "unknown" is none of greedy, greedy-threshold, equalshares\/add1: choose one with --rule/,
    );
  });

  it('prints exactly one JSON object on stdout from the installed command', async () => {
    const { NODE_OPTIONS: _jestOnly, ...env } = process.env;
    const result = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(
        process.execPath,
        [path.join(__dirname, '..', 'bin', 'commonplan.js'), 'pb', 'tally', ASSEN, '--json'],
        { cwd: tmpdir(), env },
        (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
      ),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\{[^\n]*\}\n$/);
    expect(JSON.parse(result.stdout)).toEqual({
      rule: 'mes',
      selected: ['3', '9', '2', '11', '13', '14', '5', '6', '12'],
      total_cost: 76700,
    });
  });
});
