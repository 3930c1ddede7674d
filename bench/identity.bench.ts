import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createPlatformApp, SessionTokens } from '@commonplan/nest';
import { EMBEDDED } from '../deploy/embedded/platform';
import { echoAccessPolicy, echoContext } from './echo-routes';
import { median, medianOf, throughput, type Figures } from './harness';
import { httpClientOf, type Call } from './http-client';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const CLIENTS = 8;
const BATCH = 1000;
/** What the guard may cost a trivial route at most: a fifth of its throughput. */
const AUTHZ_TARGET = 0.8;

interface Client {
  readonly call: Call;
}

const clientOf = (port: number): Client => ({
  call: httpClientOf(port, new Agent({ keepAlive: true, maxSockets: CLIENTS })),
});

const expectStatus = (status: number, wanted: number, what: string): void => {
  if (status !== wanted) throw new Error(`${what} answered ${status}, not ${wanted}`);
};

/** Unspent access codes; each sign-in spends one, so runs draw from a pool topped up between them. */
const codePool = (client: Client, officer: string) => {
  const codes: string[] = [];
  return {
    async topUpTo(count: number): Promise<void> {
      while (codes.length < count) {
        const issued = await client.call(
          'POST',
          '/identity/access-code-batches',
          { size: BATCH, district: 'Centar' },
          officer,
        );
        expectStatus(issued.status, 201, 'issuing access codes');
        codes.push(...(issued.body as { codes: string[] }).codes);
      }
    },
    take(): string {
      const code = codes.pop();
      if (!code)
        throw new Error('ran out of access codes: sign-ins outpaced the codes issued before the run');
      return code;
    },
  };
};

export const benchIdentity = async (figures: Figures): Promise<void> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'commonplan-bench-identity-'));
  let app: NestExpressApplication | undefined;
  try {
    app = await createPlatformApp({
      ...EMBEDDED,
      contexts: [...EMBEDDED.contexts, echoContext],
      accessPolicy: echoAccessPolicy,
      config: {
        port: 0,
        dataDir,
        logLevel: 'silent',
        environment: 'test',
        signInAttemptsPerMinute: { perAddress: 1e9, perAccount: 1e9 },
      },
    });
    await app.listen(0, '127.0.0.1');
    const client = clientOf((app.getHttpServer().address() as AddressInfo).port);
    const tokens = app.get(SessionTokens);
    const officer = tokens.issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 3600).token;
    const resident = tokens.issue(randomUUID(), [{ role: 'resident' }], 3600).token;

    const codes = codePool(client, officer);
    const signIn = async (): Promise<void> =>
      expectStatus(
        (await client.call('POST', '/identity/sign-in/access-code', { code: codes.take() })).status,
        201,
        'signing in',
      );
    // A short warm-up (also for the JIT) tells how many codes a run needs; twice that is issued, by
    // the thousand, before each run, so issuing never falls inside the measured seconds.
    await codes.topUpTo(BATCH);
    const warmRate = await throughput(CLIENTS, Math.min(1, SECONDS), signIn);
    const perRun = Math.ceil((2 * warmRate * SECONDS) / BATCH) * BATCH;
    figures['id.signins_per_s'] = {
      unit: 'sign-ins/s',
      ...(await medianOf(RUNS, async () => {
        await codes.topUpTo(perRun);
        return throughput(CLIENTS, SECONDS, signIn);
      })),
    };
    // Both routes in every run, one right after the other, so a noisy moment on a shared machine
    // weighs on both sides of the ratio.
    const echo = (url: string, token?: string) => async (): Promise<void> =>
      expectStatus((await client.call('GET', url, undefined, token)).status, 200, url);
    const bare: number[] = [];
    const authorized: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      bare.push(await throughput(CLIENTS, SECONDS, echo('/bench/echo')));
      authorized.push(await throughput(CLIENTS, SECONDS, echo('/bench/echo-signed', resident)));
    }
    const ratios = authorized.map((perSecond, run) => perSecond / bare[run]!);
    figures['id.bare_route_per_s'] = { unit: 'requests/s', value: median(bare), runs: bare };
    figures['id.authz_route_per_s'] = {
      unit: 'requests/s',
      baseline: 'id.bare_route_per_s',
      value: median(authorized),
      runs: authorized,
    };
    const ratio = median(ratios);
    figures['id.authz_overhead_ratio'] = { unit: 'ratio', value: ratio, runs: ratios };
    console.log(
      `authorized / bare route: ${ratio.toFixed(2)} (target ≥ ${AUTHZ_TARGET}: ${ratio >= AUTHZ_TARGET ? 'met' : 'MISSED'})`,
    );
  } finally {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
