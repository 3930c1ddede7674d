import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrowserContext } from 'playwright-core';
import request from 'supertest';
import type { RoleGrant } from '@commonplan/kernel';
import { SessionTokens } from '@commonplan/nest';
import { createPlatform } from '../../deploy/embedded/platform';
import { embeddedDataDir } from './embedded-data-dir';

/** The embedded platform on PGlite, listening on a free port, as `npm start` serves it. */
export interface WebPlatform {
  readonly app: NestExpressApplication;
  readonly baseUrl: string;
  /** A session for a staff member with these roles, as staff sign-in would start. */
  sessionFor(...grants: RoleGrant[]): string;
  /** The browser carries the session as the sign-in pages would have left it. */
  signIn(browser: BrowserContext, token: string): Promise<void>;
  /** Fresh access codes, as printed on the letters an officer hands out. */
  accessCodes(size: number, district?: string): Promise<string[]>;
  close(): Promise<void>;
}

export const startWebPlatform = async (): Promise<WebPlatform> => {
  const dataDir = await embeddedDataDir('commonplan-web-');
  const app = await createPlatform({
    config: { port: 0, dataDir, logLevel: 'silent', environment: 'test' },
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const sessionFor = (...grants: RoleGrant[]): string =>
    app.get(SessionTokens).issue(randomUUID(), grants, 3600).token;
  return {
    app,
    baseUrl,
    sessionFor,
    signIn: (browser, token) =>
      browser.addCookies([
        { name: 'commonplan_session', value: token, url: baseUrl, httpOnly: true, sameSite: 'Lax' },
      ]),
    accessCodes: async (size, district) => {
      const officer = sessionFor({ role: 'officer', context: 'budgeting' });
      const response = await request(app.getHttpServer())
        .post('/identity/access-code-batches')
        .set('authorization', `Bearer ${officer}`)
        .send({ size, ...(district ? { district } : {}) })
        .expect(201);
      return response.body.codes as string[];
    },
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
