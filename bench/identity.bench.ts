import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Controller, Get, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ACCESS_POLICY } from '@commonplan/contracts';
import { createPlatformApp, SessionTokens, type ContextContribution } from '@commonplan/nest';
import { EMBEDDED } from '../deploy/embedded/platform';
import { medianOf, throughput, type Figures } from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const CLIENTS = 8;
const CODES_PER_RUN = 4000;

@Controller('bench')
class EchoController {
  @Get('echo')
  echo(): { ok: boolean } {
    return { ok: true };
  }

  @Get('echo-signed')
  echoSigned(): { ok: boolean } {
    return { ok: true };
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

/** Two identical trivial routes, one public, one for residents, to price authentication and authorization. */
const echoContext: ContextContribution = {
  name: 'bench',
  module: EchoModule,
  streamTypes: [],
  migrations: [],
};

interface Client {
  call(
    method: string,
    url: string,
    body?: unknown,
    token?: string,
  ): Promise<{ status: number; body: unknown }>;
}

/** Real HTTP over kept-alive sockets, as a browser or a load balancer would talk to the platform. */
const clientOf = (port: number): Client => {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  return {
    call: (method, url, body, token) =>
      new Promise((resolve, reject) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const call = request(
          {
            host: '127.0.0.1',
            port,
            path: url,
            method,
            agent,
            headers: {
              ...(payload
                ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
                : {}),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                body: JSON.parse(Buffer.concat(chunks).toString() || 'null'),
              }),
            );
          },
        );
        call.on('error', reject);
        call.end(payload);
      }),
  };
};

const expectStatus = (status: number, wanted: number, what: string): void => {
  if (status !== wanted) throw new Error(`${what} answered ${status}, not ${wanted}`);
};

const issueCodes = async (client: Client, officer: string, count: number): Promise<string[]> => {
  const codes: string[] = [];
  while (codes.length < count) {
    const size = Math.min(1000, count - codes.length);
    const issued = await client.call(
      'POST',
      '/identity/access-code-batches',
      { size, district: 'Centar' },
      officer,
    );
    expectStatus(issued.status, 201, 'issuing access codes');
    codes.push(...(issued.body as { codes: string[] }).codes);
  }
  return codes;
};

export const benchIdentity = async (figures: Figures): Promise<void> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'commonplan-bench-identity-'));
  let app: NestExpressApplication | undefined;
  try {
    app = await createPlatformApp({
      ...EMBEDDED,
      contexts: [...EMBEDDED.contexts, echoContext],
      accessPolicy: { ...ACCESS_POLICY, 'GET /bench/echo': 'public', 'GET /bench/echo-signed': ['resident'] },
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

    figures['id.signins_per_s'] = {
      unit: 'sign-ins/s',
      ...(await medianOf(RUNS, async () => {
        const codes = await issueCodes(client, officer, CODES_PER_RUN);
        return throughput(CLIENTS, SECONDS, async () => {
          const code = codes.pop();
          if (!code) throw new Error(`more than ${CODES_PER_RUN} sign-ins in a run: raise CODES_PER_RUN`);
          expectStatus(
            (await client.call('POST', '/identity/sign-in/access-code', { code })).status,
            201,
            'signing in',
          );
        });
      })),
    };
    figures['id.bare_route_per_s'] = {
      unit: 'requests/s',
      ...(await medianOf(RUNS, () =>
        throughput(CLIENTS, SECONDS, async () => {
          expectStatus((await client.call('GET', '/bench/echo')).status, 200, 'the public route');
        }),
      )),
    };
    figures['id.authz_route_per_s'] = {
      unit: 'requests/s',
      baseline: 'id.bare_route_per_s',
      ...(await medianOf(RUNS, () =>
        throughput(CLIENTS, SECONDS, async () => {
          expectStatus(
            (await client.call('GET', '/bench/echo-signed', undefined, resident)).status,
            200,
            'the signed route',
          );
        }),
      )),
    };
    const ratio = figures['id.authz_route_per_s'].value / figures['id.bare_route_per_s'].value;
    figures['id.authz_overhead_ratio'] = { unit: 'ratio (target ≥ 0.8)', value: ratio };
  } finally {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
