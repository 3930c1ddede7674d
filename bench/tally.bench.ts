import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parsePabulib } from '../apps/budgeting/src/pabulib';
import {
  equalShares,
  greedy,
  namedProjects,
  tallyElection,
  type Ballot,
  type Election,
} from '../apps/budgeting/src/tally';
import { medianOf, type Figures } from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VOTERS = Number(process.env.BENCH_TALLY_VOTERS ?? 100_000);
const PROJECTS = 200;
const PABULIB = path.resolve(__dirname, '..', '..', 'shared', 'data', 'pabulib');

/** mulberry32: a seeded generator, so every run and every machine tallies the same city. */
const prng = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/**
 * A city-wide approval vote shaped like Warsaw's: costs from 10 000 to 1 500 000 spread evenly on a
 * log scale (with cents), a budget of a quarter of all costs, popularity skewed (Zipf-like: a few
 * projects draw thousands of approvals, most draw hundreds) and ballots of 1 to 15 projects, mostly short.
 */
export const generatedElection = (voters: number, projects: number, seed = 20_240_415): Election => {
  const random = prng(seed);
  const costs = Array.from({ length: projects }, () => {
    const units = Math.round(Math.exp(Math.log(10_000) + random() * Math.log(150)) / 10) * 10;
    return BigInt(units) * 100n + (random() < 0.2 ? BigInt(Math.floor(random() * 100)) : 0n);
  });
  const weights = Array.from({ length: projects }, (_, rank) => 1 / (rank + 1) ** 0.8);
  for (let at = projects - 1; at > 0; at--) {
    const other = Math.floor(random() * (at + 1));
    [weights[at], weights[other]] = [weights[other]!, weights[at]!];
  }
  const cumulative: number[] = [];
  weights.reduce((sum, weight, at) => (cumulative[at] = sum + weight), 0);
  const totalWeight = cumulative[projects - 1]!;
  const pick = (): number => {
    const target = random() * totalWeight;
    let [low, high] = [0, projects - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const ballots: Ballot[] = Array.from({ length: voters }, () => {
    let length = 1;
    while (length < 15 && random() < 0.78) length++;
    const chosen = new Set<number>();
    while (chosen.size < length) chosen.add(pick());
    return { kind: 'approval', projects: [...chosen].map((project) => `p${project}`) };
  });
  return {
    decimals: 2,
    budget: costs.reduce((sum, cost) => sum + cost, 0n) / 4n,
    projects: costs.map((cost, at) => ({ id: `p${at}`, cost })),
    ballots,
  };
};

const seconds = (work: () => unknown): number => {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
};

const largestPabulibFile = (): string | undefined =>
  readdirSync(PABULIB)
    .filter((name) => name.endsWith('.pb'))
    .map((name) => path.join(PABULIB, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];

export const benchTally = async (figures: Figures): Promise<void> => {
  const election = generatedElection(VOTERS, PROJECTS);
  const approvals = election.ballots.reduce((sum, ballot) => sum + namedProjects(ballot).length, 0);
  const mes = equalShares(election);
  console.log(
    `  ${VOTERS} voters, ${PROJECTS} projects, ${approvals} approvals; greedy funds ${greedy(election).selected.length},` +
      ` equal shares ${mes.selected.length} after ${mes.raises} add-one raises`,
  );
  figures['pb.tally.greedy_100k_s'] = {
    unit: 's (target < 1)',
    ...(await medianOf(RUNS, async () => seconds(() => greedy(election)))),
  };
  figures['pb.tally.mes_100k_s'] = {
    unit: 's (target < 10)',
    ...(await medianOf(RUNS, async () => seconds(() => equalShares(election)))),
  };
  const file = largestPabulibFile();
  if (!file) return;
  const text = readFileSync(file, 'utf8');
  const pb = parsePabulib(text);
  console.log(
    `  largest file: ${path.basename(file)} (${text.length} characters, rule ${pb.meta.get('rule')})`,
  );
  figures['pb.tally.largest_file_s'] = {
    unit: `s (${path.basename(file)}, parse + tally)`,
    ...(await medianOf(RUNS, async () =>
      seconds(() => {
        const parsed = parsePabulib(text);
        if (parsed.rule) tallyElection(parsed.election, parsed.rule);
      }),
    )),
  };
};
