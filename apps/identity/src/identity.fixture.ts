import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RoleGrant } from '@commonplan/kernel';
import { createPlatformApp, platformMigrations, SessionTokens, type PlatformConfig } from '@commonplan/nest';
import { freshDataDir, freshMigratedDataDir, freshPostgres } from '@commonplan/testing';
import { identityContext } from './identity.module';

export interface IdentityPlatform {
  readonly app: NestExpressApplication;
  readonly dataDir: string;
  /** A session for a participant who holds `grants`, as if they had signed in. */
  tokenFor(participantId: string, grants: readonly RoleGrant[]): string;
  close(): Promise<void>;
}

export type Engine = 'PGlite' | 'PostgreSQL';

/** The identity context alone on the platform, on PGlite in a fresh folder or a fresh PostgreSQL database. */
export const identityPlatform = async (
  engine: Engine,
  config: Partial<PlatformConfig> = {},
): Promise<IdentityPlatform> => {
  const dataDir =
    engine === 'PGlite'
      ? await freshMigratedDataDir('commonplan-identity-', platformMigrations([identityContext]))
      : freshDataDir('commonplan-identity-', { pglite: false });
  const server = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 4 }) : undefined;
  const app = await createPlatformApp({
    name: 'commonplan-identity-test',
    contexts: [identityContext],
    config: {
      port: 0,
      dataDir,
      databaseUrl: server?.url,
      logLevel: 'silent',
      environment: 'test',
      ...config,
    },
  });
  const tokens = app.get(SessionTokens);
  return {
    app,
    dataDir,
    tokenFor: (participantId, grants) => tokens.issue(participantId, grants, 3600).token,
    close: async () => {
      await app.close();
      await server?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export const ENGINES: readonly Engine[] = ['PGlite', 'PostgreSQL'];
