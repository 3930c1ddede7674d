import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SqlDatabase } from '@commonplan/event-store';
import { createPlatformApp, Processors, SessionTokens, SQL_DATABASE } from '@commonplan/nest';
import { freshPostgres, type TestDatabase } from '@commonplan/testing';
import { budgetingContext } from '../apps/budgeting/src/index';
import { VoterRoll } from '../apps/budgeting/src/voter-roll/voter-roll.adapter';
import { echoAccessPolicy, echoContext } from './echo-routes';
import { median, throughput, type Figures } from './harness';
import { httpClientOf, type Call, type Reply } from './http-client';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
/** Long enough for a p99 to rest on a few dozen slow requests, not two or three. */
const OPEN_LOOP_SECONDS = Math.max(3, SECONDS);
const CLIENTS = 8;
const PROJECTS = 20;
const MAX_CHOICES = 5;
/** Voters are put on the roll this many to a transaction, as identity's consumer would over a day. */
const ROLL_BATCH = 500;
const TARGETS = { pgPerSecond: 1000, pglitePerSecond: 300, p99Ms: 100 };

type Engine = 'PostgreSQL' | 'PGlite';

/** A benchmark that counted refusals as ballots would measure the wrong thing: stop it instead. */
const expectStatus = (reply: Reply, wanted: number, what: string): Reply => {
  if (reply.status !== wanted)
    throw new Error(`${what} answered ${reply.status}, not ${wanted}: ${JSON.stringify(reply.body)}`);
  return reply;
};

/** Residents on the voter roll who have not voted yet; each cast spends one, as a first ballot. */
const voterQueue = (app: NestExpressApplication) => {
  const tokens: string[] = [];
  const db = app.get<SqlDatabase>(SQL_DATABASE);
  const roll = app.get(VoterRoll);
  const sessions = app.get(SessionTokens);
  return {
    async topUpTo(count: number): Promise<void> {
      while (tokens.length < count) {
        const batch = Array.from({ length: Math.min(ROLL_BATCH, count - tokens.length) }, () => randomUUID());
        await db.transaction(async (session) => {
          for (const participantId of batch)
            await roll.record(session, participantId, { level: 'verified', ageBand: '30-44' });
        });
        for (const participantId of batch)
          tokens.push(sessions.issue(participantId, [{ role: 'resident' }], 3600).token);
      }
    },
    take(): string {
      const token = tokens.pop();
      if (!token) throw new Error('ran out of voters: casting outpaced the voters registered before the run');
      return token;
    },
  };
};

/** One to five distinct projects, varied from ballot to ballot without a random source. */
const choicesFor = (projects: readonly string[], n: number): string[] =>
  Array.from({ length: 1 + (n % MAX_CHOICES) }, (_, k) => projects[(n * 7 + k * 3) % projects.length]!);

interface Stand {
  readonly app: NestExpressApplication;
  readonly port: number;
  readonly call: Call;
  readonly voters: ReturnType<typeof voterQueue>;
  readonly ballots: string;
  readonly projects: readonly string[];
  /** A resident's token for the baseline route. */
  readonly resident: string;
  close(): Promise<void>;
}

const text = (nl: string) => ({ original: 'nl', texts: { nl } });

/** An approval cycle in its voting phase, every project proposed and assessed feasible over HTTP. */
const openVoting = async (call: Call, officer: string): Promise<{ cycleId: string; projects: string[] }> => {
  const cycle = await call(
    'POST',
    '/budgeting/cycles',
    {
      title: text('Assen begroot'),
      budget: { amount: '1000000', currency: 'EUR' },
      ballotRules: { kind: 'approval', maxChoices: MAX_CHOICES, minChoices: 1 },
      eligibility: { verificationLevel: 'verified' },
    },
    officer,
  );
  const cycleId = (expectStatus(cycle, 201, 'opening a cycle').body as { cycleId: string }).cycleId;
  const advance = async () =>
    expectStatus(
      await call('POST', `/budgeting/cycles/${cycleId}/phase-advances`, undefined, officer),
      201,
      'advancing the phase',
    );
  const projects: string[] = [];
  for (let n = 1; n <= PROJECTS; n++) {
    const proposed = await call(
      'POST',
      `/budgeting/cycles/${cycleId}/projects`,
      {
        title: text(`Project ${n}`),
        description: text(`Project ${n}, voor iedereen`),
        category: 'welkom',
        costEstimate: String(10_000 * n),
      },
      officer,
    );
    projects.push(
      (expectStatus(proposed, 201, 'proposing a project').body as { projectId: string }).projectId,
    );
  }
  await advance();
  for (const [at, projectId] of projects.entries())
    expectStatus(
      await call(
        'POST',
        `/budgeting/projects/${projectId}/feasibility`,
        { feasible: true, finalCost: String(10_000 * (at + 1)) },
        officer,
      ),
      201,
      'assessing a project',
    );
  await advance();
  return { cycleId, projects };
};

const standUp = async (engine: Engine): Promise<Stand> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'commonplan-bench-ballots-'));
  // The platform opens its own pool from the URL; this one only creates and drops the database.
  let database: TestDatabase | undefined;
  let app: NestExpressApplication | undefined;
  try {
    database = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 1 }) : undefined;
    app = await createPlatformApp({
      name: 'commonplan-bench',
      contexts: [budgetingContext, echoContext],
      // As the embedded platform does: the notary folds every ballot into its tree while voting runs.
      runsNotary: true,
      accessPolicy: echoAccessPolicy,
      config: {
        port: 0,
        dataDir,
        databaseUrl: database?.url,
        logLevel: 'silent',
        environment: 'test',
      },
    });
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const call = httpClientOf(port, new Agent({ keepAlive: true, maxSockets: CLIENTS }));
    const tokens = app.get(SessionTokens);
    const officer = tokens.issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 3600).token;
    const { cycleId, projects } = await openVoting(call, officer);
    // Ballots are checked against the project listing, a read model: it must have caught up.
    await app.get(Processors).projections.caughtUp();
    const opened = app;
    const databaseToDrop = database;
    return {
      app,
      port,
      call,
      voters: voterQueue(app),
      ballots: `/budgeting/cycles/${cycleId}/ballots`,
      projects,
      resident: tokens.issue(randomUUID(), [{ role: 'resident' }], 3600).token,
      close: async () => {
        await opened.close();
        await databaseToDrop?.drop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app?.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
};

/** Read models catch up between runs, so one run's backlog does not slow the next. */
const settle = async (stand: Stand): Promise<void> => {
  await stand.app.get(Processors).projections.caughtUp();
  (globalThis as { gc?: () => void }).gc?.();
};

/** Closed loop: `CLIENTS` voters' browsers, each casting as soon as its last ballot was taken. */
const castingRate = async (stand: Stand, seconds: number): Promise<number> => {
  let n = 0;
  return throughput(CLIENTS, seconds, async () => {
    const ballot = { kind: 'approval', projects: choicesFor(stand.projects, n++) };
    expectStatus(await stand.call('POST', stand.ballots, ballot, stand.voters.take()), 201, 'casting');
  });
};

/** `/bench/echo-signed` does nothing; `/bench/one-query` makes one round trip to the database. */
const routeRate = (stand: Stand, route: '/bench/echo-signed' | '/bench/one-query'): Promise<number> =>
  throughput(
    CLIENTS,
    SECONDS,
    async () => void expectStatus(await stand.call('GET', route, undefined, stand.resident), 200, route),
  );

/** Warms the JIT and tells how many voters a run needs: four times what the cold warm-up rate would spend, as a warm run goes faster. */
const warmUp = async (stand: Stand): Promise<number> => {
  await stand.voters.topUpTo(2000);
  const rate = await castingRate(stand, Math.min(1, SECONDS));
  await settle(stand);
  return Math.ceil(4 * rate * SECONDS) + CLIENTS;
};

/** The `fraction` quantile of `values`, by the nearest-rank method. */
const quantile = (values: readonly number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]!;
};

/**
 * Open loop: ballots leave on a fixed schedule whether or not earlier ones were answered, each timed
 * from when it was due, so a stall shows as latency instead of quietly slowing the senders.
 */
const p99AtRate = async (stand: Stand, perSecond: number): Promise<number> => {
  const count = Math.max(1, Math.floor(perSecond * OPEN_LOOP_SECONDS));
  await stand.voters.topUpTo(count);
  const voters = Array.from({ length: count }, () => stand.voters.take());
  const ballots = voters.map((_, n) => ({ kind: 'approval', projects: choicesFor(stand.projects, n) }));
  // Its own sockets, as many as the schedule needs: a capped pool would queue requests out of sight.
  const agent = new Agent({ keepAlive: true });
  const call = httpClientOf(stand.port, agent);
  const start = performance.now() + 20;
  try {
    const latencies = await Promise.all(
      voters.map(async (token, n) => {
        const due = start + (n * 1000) / perSecond;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        expectStatus(await call('POST', stand.ballots, ballots[n], token), 201, 'casting on schedule');
        return performance.now() - due;
      }),
    );
    return quantile(latencies, 0.99);
  } finally {
    agent.destroy();
  }
};

const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');

const benchPostgres = async (figures: Figures): Promise<void> => {
  const stand = await standUp('PostgreSQL');
  try {
    const perRun = await warmUp(stand);
    // Both routes in every run, one right after the other, so a noisy moment on a shared machine
    // weighs on both sides of the ratio.
    const ballots: number[] = [];
    const echoes: number[] = [];
    const queries: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await stand.voters.topUpTo(perRun);
      await settle(stand);
      ballots.push(await castingRate(stand, SECONDS));
      await settle(stand);
      echoes.push(await routeRate(stand, '/bench/echo-signed'));
      queries.push(await routeRate(stand, '/bench/one-query'));
    }
    figures['pb.http.baseline_route_per_s'] = { unit: 'requests/s', value: median(echoes), runs: echoes };
    figures['pb.http.one_query_route_pg_per_s'] = {
      unit: 'requests/s',
      baseline: 'pb.http.baseline_route_per_s',
      value: median(queries),
      runs: queries,
    };
    const maximum = median(ballots);
    figures['pb.http.ballots_pg_per_s'] = {
      unit: 'ballots/s',
      baseline: 'pb.http.baseline_route_per_s',
      value: maximum,
      runs: ballots,
    };
    const half = maximum / 2;
    const p99s: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await settle(stand);
      p99s.push(await p99AtRate(stand, half));
    }
    figures['pb.http.ballot_p99_ms_at_half'] = { unit: 'ms', value: median(p99s), runs: p99s };
    console.log(
      `ballots on PostgreSQL: ${Math.round(maximum)}/s (target ≥ ${TARGETS.pgPerSecond}: ` +
        `${verdict(maximum >= TARGETS.pgPerSecond)}); p99 at ${Math.round(half)}/s: ` +
        `${median(p99s).toFixed(1)} ms (target < ${TARGETS.p99Ms}: ${verdict(median(p99s) < TARGETS.p99Ms)})`,
    );
  } finally {
    await stand.close();
  }
};

const benchPglite = async (figures: Figures): Promise<void> => {
  const stand = await standUp('PGlite');
  try {
    const perRun = await warmUp(stand);
    const ballots: number[] = [];
    const queries: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await stand.voters.topUpTo(perRun);
      await settle(stand);
      ballots.push(await castingRate(stand, SECONDS));
      await settle(stand);
      queries.push(await routeRate(stand, '/bench/one-query'));
    }
    figures['pb.http.one_query_route_pglite_per_s'] = {
      unit: 'requests/s',
      value: median(queries),
      runs: queries,
    };
    const rate = median(ballots);
    figures['pb.http.ballots_pglite_per_s'] = {
      unit: 'ballots/s',
      baseline: 'pb.http.one_query_route_pglite_per_s',
      value: rate,
      runs: ballots,
    };
    console.log(
      `ballots on PGlite: ${Math.round(rate)}/s (target ≥ ${TARGETS.pglitePerSecond}: ` +
        `${verdict(rate >= TARGETS.pglitePerSecond)})`,
    );
  } finally {
    await stand.close();
  }
};

/** Ballots cast over HTTP on both engines, against a trivial authenticated route of the same server. */
export const benchBallots = async (figures: Figures): Promise<void> => {
  await benchPostgres(figures);
  await benchPglite(figures);
};
