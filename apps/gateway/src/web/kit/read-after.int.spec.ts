import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createPlatformApp, Processors } from '@commonplan/nest';
import { freshDataDir } from '@commonplan/testing';
import {
  noticeboard,
  noticeboardContext,
} from '../../../../../libs/nest/src/consistency/read-your-writes.fixture';
import { noticePagesAccessPolicy, noticePagesContext } from './read-after.fixture';

const SAME_SITE = { 'sec-fetch-site': 'same-origin' };

describe('a page after a form reads the API after what the form wrote', () => {
  let dataDir: string;
  let app: NestExpressApplication;
  let processors: Processors;

  beforeAll(async () => {
    dataDir = freshDataDir('commonplan-read-after-pages-');
    app = await createPlatformApp({
      name: 'commonplan-test',
      config: { port: 0, dataDir, logLevel: 'silent', environment: 'test' },
      contexts: [noticeboardContext, noticePagesContext],
      accessPolicy: noticePagesAccessPolicy,
    });
    // The pages call the API over HTTP, as they do in production.
    await app.listen(0, '127.0.0.1');
    processors = app.get(Processors);
    const caughtUp = processors.projections.caughtUp.bind(processors.projections);
    // The read model is held back until someone waits for it: only a read that waits can see the write.
    jest.spyOn(processors.projections, 'caughtUp').mockImplementation(() => {
      noticeboard.hold.release();
      return caughtUp();
    });
  });

  afterEach(async () => {
    noticeboard.hold.release();
    await processors.projections.caughtUp();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('carries the position across the redirect in a short-lived cookie scripts cannot read', async () => {
    const posted = await request(app.getHttpServer())
      .post('/en/notices/bakery')
      .set(SAME_SITE)
      .type('form')
      .send({ text: 'The bakery on Marktplatz takes apprentices' })
      .expect(303);
    const [cookie] = posted.headers['set-cookie'] as unknown as string[];
    expect(cookie).toMatch(/^commonplan_after=\d{20}:\d{20}; Path=\/; Max-Age=30; HttpOnly; SameSite=Lax$/);
    expect(cookie).toContain(String(posted.headers['commonplan-position']));
  });

  it('shows the reader their own change on the page the form leads to', async () => {
    noticeboard.hold.close();
    const posted = await request(app.getHttpServer())
      .post('/en/notices/sports-hall')
      .set(SAME_SITE)
      .type('form')
      .send({ text: 'The sports hall is open to all on Saturdays' })
      .expect(303);
    const [cookie] = (posted.headers['set-cookie'] as unknown as string[])[0]!.split(';');
    const shown = await request(app.getHttpServer())
      .get(String(posted.headers.location))
      .set('cookie', cookie!)
      .expect(200);
    expect(shown.text).toContain('The sports hall is open to all on Saturdays');
  });

  it('passes over a cookie that holds no position, so a tampered one cannot break the page', async () => {
    await request(app.getHttpServer())
      .post('/en/notices/choir')
      .set(SAME_SITE)
      .type('form')
      .send({ text: 'The city choir looks for voices' })
      .expect(303);
    await processors.projections.caughtUp();
    const shown = await request(app.getHttpServer())
      .get('/en/notices/choir')
      .set('cookie', 'commonplan_after=yesterday')
      .expect(200);
    expect(shown.text).toContain('The city choir looks for voices');
  });
});
