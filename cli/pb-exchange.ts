import { writeFile } from 'node:fs/promises';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { DomainError } from '@commonplan/kernel';
import { readConfig, type Actor, type PlatformConfig } from '@commonplan/nest';
import {
  ExportPabulibElection,
  ImportPabulibElection,
  TALLY_RULES,
  type TallyRule,
} from '../apps/budgeting/src/index';
import { EXIT, UsageError, type CliContext } from './command';

export type PlatformFactory = (config: PlatformConfig) => Promise<NestExpressApplication>;

/**
 * Who the command line acts as in event metadata. Nobody signs in there: whoever runs it holds the
 * database itself, so it records one fixed, recognisable actor rather than pretending to be a person.
 */
export const COMMAND_LINE: Actor = {
  participantId: '00000000-0000-4000-8000-00000000c11e',
  role: 'administrator',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `--name value` or `--name=value` options, and the positional arguments between them. */
const optionsOf = (args: readonly string[], known: readonly string[]) => {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let at = 0; at < args.length; at++) {
    const arg = args[at]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!known.includes(name)) throw new UsageError(`this pb subcommand does not take "--${name}"`);
    const value = inline ?? args[++at];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  return { options, positional };
};

/** Runs `work` on the platform the configuration names, refusing with exit 1 what the domain refuses. */
const onPlatform = async (
  createPlatform: PlatformFactory,
  context: CliContext,
  what: string,
  work: (app: NestExpressApplication) => Promise<void>,
): Promise<number> => {
  const app = await createPlatform({ ...readConfig(context.env), logLevel: 'silent' });
  try {
    await work(app);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    context.output.err(`pb ${what}: ${error.message}`);
    return EXIT.failed;
  } finally {
    await app.close();
  }
};

/** `pb import <file.pb> [--rule R]`: the election as a cycle, through the same decisions as the API. */
export const importElection = async (
  args: readonly string[],
  context: CliContext,
  createPlatform: PlatformFactory,
  text: (file: string) => Promise<string>,
): Promise<number> => {
  const { options, positional } = optionsOf(args, ['rule']);
  if (positional.length !== 1) throw new UsageError('pb import takes one .pb file');
  const rule = options.get('rule');
  if (rule !== undefined && !(TALLY_RULES as readonly string[]).includes(rule))
    throw new UsageError(`--rule takes ${TALLY_RULES.join(', ')}, not "${rule}"`);
  const file = positional[0]!;
  const contents = await text(file);
  return onPlatform(createPlatform, context, 'import', async (app) => {
    const imported = await app
      .get(CommandBus)
      .execute(
        new ImportPabulibElection(
          contents,
          file.split('/').pop() ?? file,
          rule as TallyRule | undefined,
          COMMAND_LINE,
        ),
      );
    context.output.out(
      `imported ${imported.projects} projects and ${imported.ballots} ballots into cycle ${imported.cycleId} ` +
        `(rule ${imported.tallyRule.rule}); count it with POST /budgeting/cycles/${imported.cycleId}/tally`,
    );
  });
};

/** `pb export <cycle-id> [--district D] [--output file]`: the counted ballots as a .pb file. */
export const exportElection = async (
  args: readonly string[],
  context: CliContext,
  createPlatform: PlatformFactory,
): Promise<number> => {
  const { options, positional } = optionsOf(args, ['district', 'output']);
  if (positional.length !== 1 || !UUID.test(positional[0]!))
    throw new UsageError('pb export takes one cycle id (a UUID)');
  return onPlatform(createPlatform, context, 'export', async (app) => {
    const text = await app
      .get(QueryBus)
      .execute(new ExportPabulibElection(positional[0]!, options.get('district') ?? null));
    const output = options.get('output');
    if (output === undefined) context.output.out(text.trimEnd());
    else await writeFile(output, text, 'utf8');
  });
};
