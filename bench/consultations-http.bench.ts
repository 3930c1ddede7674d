import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SqlDatabase } from '@commonplan/event-store';
import { createPlatformApp, Processors, SessionTokens, SQL_DATABASE } from '@commonplan/nest';
import { freshPostgres, type TestDatabase } from '@commonplan/testing';
import { ContributorRoll } from '../apps/consultations/src/comments/contributor-roll/contributor-roll.adapter';
import { consultationsContext } from '../apps/consultations/src/consultations.module';
import { echoAccessPolicy, echoContext } from './echo-routes';
import { median, throughput, type Figures } from './harness';
import { httpClientOf, type Call, type Reply } from './http-client';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const CLIENTS = 8;
/** Residents taking turns at commenting, so no one contributor's rows are the only ones touched. */
const RESIDENTS = 200;
const INTEGRA = readFileSync(
  path.join(__dirname, '..', 'apps', 'consultations', 'src', 'plans', 'integra-plan.fixture.md'),
  'utf8',
);

type Engine = 'PostgreSQL' | 'PGlite';

interface Measure {
  readonly measureId: string;
  readonly text: string;
}

/** A benchmark that counted refusals as comments would measure the wrong thing: stop it instead. */
const expectStatus = (reply: Reply, wanted: number, what: string): Reply => {
  if (reply.status !== wanted)
    throw new Error(`${what} answered ${reply.status}, not ${wanted}: ${JSON.stringify(reply.body)}`);
  return reply;
};

const text = (en: string) => ({ original: 'en', texts: { en } });

/** The INTEGRA plan imported and published as version 1, and a consultation open on it now. */
const openConsultation = async (
  call: Call,
  officer: string,
): Promise<{ consultationId: string; planId: string }> => {
  const imported = await call(
    'POST',
    '/consultations/plan-imports',
    { markdown: INTEGRA, kind: 'strategy', language: 'en' },
    officer,
  );
  const { planId } = expectStatus(imported, 201, 'importing the plan').body as { planId: string };
  expectStatus(
    await call('POST', `/consultations/plans/${planId}/versions`, undefined, officer),
    201,
    'publishing version 1',
  );
  const opened = await call(
    'POST',
    '/consultations',
    {
      planId,
      planVersion: 1,
      title: text('INTEGRA recommendations for our city'),
      explanation: text('Every comment is answered in the outcome report.'),
      languages: ['en', 'hr', 'ar'],
      whoMayComment: 'verified-residents',
    },
    officer,
  );
  const { consultationId } = expectStatus(opened, 201, 'opening the consultation').body as {
    consultationId: string;
  };
  return { consultationId, planId };
};

/** The measures as residents read them, from the plan's read model. */
const measuresOf = async (call: Call, planId: string): Promise<Measure[]> => {
  const version = expectStatus(
    await call('GET', `/consultations/plans/${planId}/versions/1`),
    200,
    'reading version 1',
  ).body as { sections: { measures: Measure[] }[] };
  return version.sections.flatMap((section) => section.measures);
};

/** Residents whose residence identity verified, on consultations' contributor roll, signed in. */
const residentsOnRoll = async (app: NestExpressApplication): Promise<string[]> => {
  const ids = Array.from({ length: RESIDENTS }, () => randomUUID());
  const roll = app.get(ContributorRoll);
  await app.get<SqlDatabase>(SQL_DATABASE).transaction(async (session) => {
    for (const participantId of ids) await roll.record(session, participantId, 'verified');
  });
  const sessions = app.get(SessionTokens);
  return ids.map((participantId) => sessions.issue(participantId, [{ role: 'resident' }], 3600).token);
};

const ORGANISATIONS = ['Are You Syrious?', 'Centre for Peace Studies', 'Croatian Red Cross'];
const LANGUAGES = ['en', 'hr', 'ar', 'fa', 'uk'];

/**
 * The `n`th comment, varied without a random source: on a measure or on a passage of its text, mostly
 * from individuals, now and then from an organisation under its name.
 */
const commentFor = (measures: readonly Measure[], n: number): Record<string, unknown> => {
  const measure = measures[(n * 7) % measures.length]!;
  const start = (n * 13) % Math.max(1, measure.text.length - 40);
  const end = Math.min(measure.text.length, start + 40);
  const target =
    n % 2 === 0
      ? { kind: 'measure', measureId: measure.measureId }
      : { kind: 'passage', measureId: measure.measureId, start, end, quote: measure.text.slice(start, end) };
  const organisation = n % 5 === 0 ? ORGANISATIONS[n % ORGANISATIONS.length]! : undefined;
  return {
    target,
    text:
      `Comment ${n}: the measure should reach people who arrived recently, with information in ` +
      'their language, evening opening hours, and a named contact in the district office.',
    language: LANGUAGES[n % LANGUAGES.length],
    contributorType: organisation ? 'ngo' : 'individual',
    ...(organisation ? { organisationName: organisation, publishedAs: 'named' } : {}),
  };
};

interface Stand {
  readonly app: NestExpressApplication;
  readonly call: Call;
  readonly comments: string;
  readonly measures: readonly Measure[];
  readonly residents: readonly string[];
  close(): Promise<void>;
}

const standUp = async (engine: Engine): Promise<Stand> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'commonplan-bench-comments-'));
  // The platform opens its own pool from the URL; this one only creates and drops the database.
  let database: TestDatabase | undefined;
  let app: NestExpressApplication | undefined;
  try {
    database = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 1 }) : undefined;
    app = await createPlatformApp({
      name: 'commonplan-bench',
      contexts: [consultationsContext, echoContext],
      // As the embedded platform does: the notary folds every comment into its tree.
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
    const officer = app
      .get(SessionTokens)
      .issue(randomUUID(), [{ role: 'officer', context: 'consultations' }], 3600).token;
    const { consultationId, planId } = await openConsultation(call, officer);
    await app.get(Processors).projections.caughtUp();
    const opened = app;
    const databaseToDrop = database;
    return {
      app,
      call,
      comments: `/consultations/${consultationId}/comments`,
      measures: await measuresOf(call, planId),
      residents: await residentsOnRoll(app),
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

/** Closed loop: `CLIENTS` residents' browsers, each commenting as soon as its last comment was taken. */
const commentingRate = async (stand: Stand, seconds: number): Promise<number> => {
  let n = 0;
  return throughput(CLIENTS, seconds, async () => {
    const at = n++;
    const resident = stand.residents[at % stand.residents.length];
    const comment = commentFor(stand.measures, at);
    expectStatus(await stand.call('POST', stand.comments, comment, resident), 201, 'commenting');
  });
};

/** `/bench/echo-signed` does nothing; `/bench/one-query` makes one round trip to the database. */
const routeRate = (stand: Stand, route: '/bench/echo-signed' | '/bench/one-query'): Promise<number> =>
  throughput(
    CLIENTS,
    SECONDS,
    async () => void expectStatus(await stand.call('GET', route, undefined, stand.residents[0]), 200, route),
  );

/** Comments and the baselines in every run, one right after the other, so a noisy moment weighs on both. */
const measure = async (
  engine: Engine,
  baselines: readonly ('/bench/echo-signed' | '/bench/one-query')[],
): Promise<{ comments: number[]; baselines: number[][] }> => {
  const stand = await standUp(engine);
  try {
    await commentingRate(stand, Math.min(1, SECONDS));
    const comments: number[] = [];
    const measured = baselines.map((): number[] => []);
    for (let run = 0; run < RUNS; run++) {
      await settle(stand);
      comments.push(await commentingRate(stand, SECONDS));
      await settle(stand);
      for (const [at, route] of baselines.entries()) measured[at]!.push(await routeRate(stand, route));
    }
    return { comments, baselines: measured };
  } finally {
    await stand.close();
  }
};

const benchPostgres = async (figures: Figures): Promise<void> => {
  const {
    comments,
    baselines: [echoes = [], queries = []],
  } = await measure('PostgreSQL', ['/bench/echo-signed', '/bench/one-query']);
  figures['cons.http.baseline_route_per_s'] = { unit: 'requests/s', value: median(echoes), runs: echoes };
  figures['cons.http.one_query_route_pg_per_s'] = {
    unit: 'requests/s',
    baseline: 'cons.http.baseline_route_per_s',
    value: median(queries),
    runs: queries,
  };
  figures['cons.http.comments_pg_per_s'] = {
    unit: 'comments/s',
    baseline: 'cons.http.baseline_route_per_s',
    value: median(comments),
    runs: comments,
  };
  console.log(
    `comments on PostgreSQL: ${Math.round(median(comments))}/s (no target: the figure is the record)`,
  );
};

const benchPglite = async (figures: Figures): Promise<void> => {
  const {
    comments,
    baselines: [queries = []],
  } = await measure('PGlite', ['/bench/one-query']);
  figures['cons.http.one_query_route_pglite_per_s'] = {
    unit: 'requests/s',
    value: median(queries),
    runs: queries,
  };
  figures['cons.http.comments_pglite_per_s'] = {
    unit: 'comments/s',
    baseline: 'cons.http.one_query_route_pglite_per_s',
    value: median(comments),
    runs: comments,
  };
  console.log(`comments on PGlite: ${Math.round(median(comments))}/s`);
};

/** Comments taken over HTTP on both engines, against trivial authenticated routes of the same server. */
export const benchConsultationComments = async (figures: Figures): Promise<void> => {
  await benchPostgres(figures);
  await benchPglite(figures);
};
