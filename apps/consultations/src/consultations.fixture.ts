import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { SqlDatabase } from '@commonplan/event-store';
import type { RoleGrant } from '@commonplan/kernel';
import {
  createPlatformApp,
  platformMigrations,
  Processors,
  SessionTokens,
  SQL_DATABASE,
} from '@commonplan/nest';
import { freshDataDir, freshMigratedDataDir, freshPostgres, type TestDatabase } from '@commonplan/testing';
import { consultationsContext } from './consultations.module';

export type Engine = 'PGlite' | 'PostgreSQL';

export interface Participant {
  readonly participantId: string;
  readonly token: string;
}

/** A published plan version as GET /consultations/plans/:planId/versions/:version shows it. */
export interface PublishedPlan {
  readonly planId: string;
  readonly version: number;
  readonly sections: readonly {
    readonly sectionId: string;
    readonly heading: string;
    readonly measures: readonly {
      readonly measureId: string;
      readonly number: string;
      readonly title: string;
      readonly text: string;
    }[];
  }[];
}

export const INTEGRA_MARKDOWN = readFileSync(
  path.join(__dirname, 'plans', 'integra-plan.fixture.md'),
  'utf8',
);

export const consultationTitle = {
  original: 'en',
  texts: { en: 'INTEGRA recommendations for our city', hr: 'Preporuke INTEGRA za naš grad' },
};
export const consultationExplanation = {
  original: 'en',
  texts: { en: 'Every comment is answered in the outcome report, with the changes it led to.' },
};

/** The consultations context alone on a fresh database, with an officer of consultations signed in. */
export class ConsultationsTestbed {
  private constructor(
    readonly app: NestExpressApplication,
    readonly officer: Participant,
    private readonly dataDir: string,
    private readonly database: TestDatabase | undefined,
  ) {}

  /** `runsNotary`: for tests that publish an outcome, which cites a checkpoint the notary signs. */
  static async start(engine: Engine, { runsNotary = false } = {}): Promise<ConsultationsTestbed> {
    const dataDir =
      engine === 'PGlite'
        ? await freshMigratedDataDir('commonplan-consultations-', platformMigrations([consultationsContext]))
        : freshDataDir('commonplan-consultations-', { pglite: false });
    const database = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 4 }) : undefined;
    const app = await createPlatformApp({
      name: 'commonplan-consultations-test',
      contexts: [consultationsContext],
      runsNotary,
      config: { port: 0, dataDir, databaseUrl: database?.url, logLevel: 'silent', environment: 'test' },
    });
    const officerId = randomUUID();
    const officer = {
      participantId: officerId,
      token: app.get(SessionTokens).issue(officerId, [{ role: 'officer', context: 'consultations' }], 3600)
        .token,
    };
    return new ConsultationsTestbed(app, officer, dataDir, database);
  }

  async close(): Promise<void> {
    await this.app?.close();
    await this.database?.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  get db(): SqlDatabase {
    return this.app.get<SqlDatabase>(SQL_DATABASE);
  }

  /** Calls as the holder of `token`, or anonymously without one. */
  as(token?: string) {
    const server = this.app.getHttpServer();
    const signed = <T extends request.Test>(call: T): T =>
      token ? call.set('authorization', `Bearer ${token}`) : call;
    return {
      get: (url: string) => signed(request(server).get(url)),
      post: (url: string) => signed(request(server).post(url)),
      put: (url: string) => signed(request(server).put(url)),
      delete: (url: string) => signed(request(server).delete(url)),
    };
  }

  /** A participant signed in with `grants`. */
  signIn(grants: readonly RoleGrant[], participantId: string = randomUUID()): Participant {
    return { participantId, token: this.app.get(SessionTokens).issue(participantId, grants, 3600).token };
  }

  /** A signed-in resident. */
  resident(participantId: string = randomUUID()): Participant {
    return this.signIn([{ role: 'resident' }], participantId);
  }

  /** A signed-in moderator. */
  moderator(participantId: string = randomUUID()): Participant {
    return this.signIn([{ role: 'moderator' }], participantId);
  }

  /** Waits until every read model has seen every event appended so far. */
  async caughtUp(): Promise<void> {
    await this.app.get(Processors).projectionsCaughtUp();
  }

  /** Imports a Markdown plan as a draft and returns its id. */
  async importPlan(markdown: string, kind = 'action-plan', language = 'en'): Promise<string> {
    const imported = await this.as(this.officer.token)
      .post('/consultations/plan-imports')
      .send({ markdown, kind, language })
      .expect(201);
    return imported.body.planId as string;
  }

  /** Publishes the plan's draft as version 1 and returns that version as the public sees it. */
  async publish(planId: string): Promise<PublishedPlan> {
    await this.as(this.officer.token).post(`/consultations/plans/${planId}/versions`).expect(201);
    await this.caughtUp();
    const version = await this.as().get(`/consultations/plans/${planId}/versions/1`).expect(200);
    return version.body as PublishedPlan;
  }

  /** The INTEGRA recommendations (25 sections, 45 measures), imported over HTTP and published as version 1. */
  async integraPlan(): Promise<PublishedPlan> {
    return this.publish(await this.importPlan(INTEGRA_MARKDOWN, 'strategy'));
  }

  /**
   * Opens a consultation on version `planVersion` of the plan, open to anyone for the default 30 days
   * unless `overrides` say otherwise, and returns its id once the listing shows it.
   */
  async openConsultation(
    planId: string,
    overrides: Record<string, unknown> = {},
    planVersion = 1,
  ): Promise<string> {
    const opened = await this.as(this.officer.token)
      .post('/consultations')
      .send({
        planId,
        planVersion,
        title: consultationTitle,
        explanation: consultationExplanation,
        languages: ['en', 'hr', 'ar'],
        whoMayComment: 'anyone',
        ...overrides,
      })
      .expect(201);
    await this.caughtUp();
    return opened.body.consultationId as string;
  }
}
