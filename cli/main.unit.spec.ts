import type { CliContext } from './command';
import { runCli } from './main';

const run = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const context: CliContext = {
    env: {},
    output: { out: (line) => out.push(line), err: (line) => err.push(line) },
  };
  const code = await runCli(argv, context);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('the commonplan command line', () => {
  it('lists its commands on help', async () => {
    const { code, out, err } = await run('help');
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: commonplan <command>/);
    expect(out).toContain('verify [--trust <key id>]...');
    expect(err).toBe('');
  });

  it.each([
    [[]],
    [['frob']],
    [['verify', '--frob']],
    [['verify', '--trust']],
    [['verify', '--trust', 'xyz']],
  ])('answers %j with the usage text and exit code 2', async (argv) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('usage: commonplan <command>');
  });

  it('says what it could not make sense of', async () => {
    expect((await run('frob')).err).toMatch(/^unknown command "frob"/);
    expect((await run('verify', '--trust', 'xyz')).err).toMatch(/^--trust takes a notary key id/);
  });
});
