import { EXIT, UsageError, type CliContext, type Command } from './command';
import { createPlatform, EMBEDDED } from '../deploy/embedded/platform';
import { addAdministratorCommand } from './add-administrator.command';
import { pbCommand } from './pb.command';
import { rebuildCommand } from './rebuild.command';
import { verifyCommand } from './verify.command';

/** Every command of `commonplan`: adding one is adding it here. */
const commands: readonly Command[] = [
  verifyCommand,
  rebuildCommand(EMBEDDED.contexts),
  addAdministratorCommand((config) => createPlatform({ config })),
  pbCommand((config) => createPlatform({ config })),
];

const usage = (): string =>
  [
    'usage: commonplan <command> [arguments]',
    '',
    ...commands.map((command) => `  ${command.name} ${command.args}\n      ${command.summary}`),
    '  help\n      show this text',
    '',
    'The database is PostgreSQL at DATABASE_URL or, without it, the embedded one in the data folder',
    'COMMONPLAN_DATA_DIR (default ./data). Exit codes: 0 ok, 1 verification failed, 2 usage, 3 could not run.',
  ].join('\n');

export const runCli = async (argv: readonly string[], context: CliContext): Promise<number> => {
  const [name, ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    context.output.out(usage());
    return EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    context.output.err(name === undefined ? 'no command given' : `unknown command "${name}"`);
    context.output.err(usage());
    return EXIT.usage;
  }
  try {
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.output.err(error.message);
      context.output.err(usage());
      return EXIT.usage;
    }
    context.output.err(
      `commonplan ${command.name}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return EXIT.unavailable;
  }
};

/** The entry point of bin/commonplan.js. */
export const main = async (argv: readonly string[] = process.argv.slice(2)): Promise<void> => {
  process.exitCode = await runCli(argv, {
    env: process.env,
    output: { out: (line) => console.log(line), err: (line) => console.error(line) },
  });
};
