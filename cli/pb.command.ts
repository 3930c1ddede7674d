import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Invalid, RuleViolated } from '@commonplan/kernel';
import {
  formatMoney,
  MalformedPabulib,
  parsePabulib,
  ruleChoiceFor,
  tallyElection,
  TALLY_RULES,
  type Pabulib,
  type RuleChoice,
  type Tally,
  type TallyRule,
} from '../apps/budgeting/src/index';
import { EXIT, UsageError, type Command, type Output } from './command';
import { exportElection, importElection, type PlatformFactory } from './pb-exchange';

interface TallyArguments {
  readonly file: string;
  readonly rule?: TallyRule;
  readonly json: boolean;
}

const isRule = (value: string | undefined): value is TallyRule =>
  value !== undefined && (TALLY_RULES as readonly string[]).includes(value);

const tallyArguments = (args: readonly string[]): TallyArguments => {
  let [file, rule, json]: [string | undefined, TallyRule | undefined, boolean] = [
    undefined,
    undefined,
    false,
  ];
  for (let at = 0; at < args.length; at++) {
    const arg = args[at]!;
    if (arg === '--json') json = true;
    else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const value = arg === '--rule' ? args[++at] : arg.slice('--rule='.length);
      if (!isRule(value))
        throw new UsageError(`--rule takes ${TALLY_RULES.join(', ')}${value ? `, not "${value}"` : ''}`);
      rule = value;
    } else if (arg.startsWith('--')) throw new UsageError(`pb tally does not take "${arg}"`);
    else if (file !== undefined) throw new UsageError('pb tally takes one .pb file');
    else file = arg;
  }
  if (file === undefined) throw new UsageError('pb tally needs a .pb file');
  return { file, rule, json };
};

/** The shared rule choice, worded for the command line. */
const choiceOf = (pb: Pabulib, rule: TallyRule | undefined): RuleChoice => {
  try {
    return ruleChoiceFor(pb, rule);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    throw new UsageError(
      error.code === 'pabulib.rule-unknown' ? `${error.message} with --rule` : error.message,
    );
  }
};

const readText = async (file: string): Promise<string> => {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read "${file}": ${code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)}`,
    );
  }
};

/** A fraction of minor units as an amount: exact when it is whole, else to two more places. */
const amount = (numerator: bigint, denominator: bigint, decimals: number): string =>
  denominator === 1n
    ? formatMoney(numerator, decimals)
    : `≈${formatMoney((numerator * 100n) / denominator, decimals + 2)}`;

const ruleInWords = (tally: Tally, pb: Pabulib): string => {
  const { decimals } = pb.election;
  if (tally.rule !== 'mes')
    return tally.threshold === undefined
      ? 'greedy by score'
      : `greedy by score, over projects scoring at least ${tally.threshold}`;
  const purse = amount(tally.voterBudget.numerator, tally.voterBudget.denominator, decimals);
  return tally.completion === 'add-one'
    ? `Method of Equal Shares completed by add-one (${tally.raises} raises, ${purse} per voter)`
    : `Method of Equal Shares (${purse} per voter)`;
};

const fundingLines = (tally: Tally, pb: Pabulib): string[] => {
  const { decimals, projects } = pb.election;
  const costs = new Map(projects.map((project) => [project.id, formatMoney(project.cost, decimals)]));
  const width = Math.max(0, ...tally.selected.map((id) => id.length));
  if (tally.rule !== 'mes')
    return tally.selected.map(
      (id) => `  ${id.padEnd(width)}  ${costs.get(id)!.padStart(12)}  score ${tally.scores.get(id) ?? 0}`,
    );
  return tally.payments.map((payment) => {
    const share = amount(payment.share.numerator, payment.share.denominator, decimals);
    const partial =
      payment.partialShares === 0
        ? ''
        : `; ${payment.partialShares} paid all they had left, ${amount(payment.paidByPartial.numerator, payment.paidByPartial.denominator, decimals)} together`;
    return `  ${payment.project.padEnd(width)}  ${costs.get(payment.project)!.padStart(12)}  ${payment.fullShares} supporters paid ${share} each${partial}`;
  });
};

const report = (output: Output, file: string, pb: Pabulib, tally: Tally): void => {
  const { decimals, budget, ballots, projects } = pb.election;
  output.out(`${path.basename(file)}: ${ruleInWords(tally, pb)}`);
  output.out(
    `${ballots.length} ballots, ${projects.length} projects, budget ${formatMoney(budget, decimals)} ${pb.meta.get('currency') ?? ''}`.trimEnd(),
  );
  output.out(`selected ${tally.selected.length} projects, in the order they were funded:`);
  for (const line of fundingLines(tally, pb)) output.out(line);
  output.out(`total ${formatMoney(tally.totalCost, decimals)} of ${formatMoney(budget, decimals)}`);
  output.out(`ties: ${tally.tieBreak}`);
};

/** `pb tally`: re-runs a published Pabulib election, so anyone can check a city's result. */
const tallyFile = async (args: readonly string[], output: Output): Promise<number> => {
  const { file, rule, json } = tallyArguments(args);
  const text = await readText(file);
  let pb: Pabulib;
  try {
    pb = parsePabulib(text);
  } catch (error) {
    if (!(error instanceof MalformedPabulib)) throw error;
    output.err(`pb tally: ${file}: ${error.message}`);
    return EXIT.failed;
  }
  let tally: Tally;
  try {
    tally = tallyElection(pb.election, choiceOf(pb, rule));
  } catch (error) {
    if (error instanceof RuleViolated) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
  if (json) {
    // Written by hand so the total keeps every digit: a JSON number of the exact amount.
    const total = formatMoney(tally.totalCost, pb.election.decimals);
    output.out(
      `{"rule":${JSON.stringify(tally.rule)},"selected":${JSON.stringify(tally.selected)},"total_cost":${total}}`,
    );
  } else report(output, file, pb, tally);
  return EXIT.ok;
};

const SUBCOMMANDS = 'tally, import, export';

/** `commonplan pb`: Pabulib files tallied on their own, or brought into and out of the platform. */
export const pbCommand = (createPlatform: PlatformFactory): Command => ({
  name: 'pb',
  args:
    `tally <file.pb> [--rule ${TALLY_RULES.join('|')}] [--json] | import <file.pb> [--rule …] | ` +
    'export <cycle-id> [--district D] [--output file]',
  summary:
    'tally a Pabulib .pb file by its META rule or the one given (--json: one JSON object); import one as a ' +
    "cycle; export a cycle's counted ballots as one",
  run: async (args, context) => {
    const [subcommand, ...rest] = args;
    switch (subcommand) {
      case 'tally':
        return tallyFile(rest, context.output);
      case 'import':
        return importElection(rest, context, createPlatform, readText);
      case 'export':
        return exportElection(rest, context, createPlatform);
      default:
        throw new UsageError(
          subcommand === undefined
            ? `pb needs a subcommand: ${SUBCOMMANDS}`
            : `pb has no subcommand "${subcommand}" (${SUBCOMMANDS})`,
        );
    }
  },
});
