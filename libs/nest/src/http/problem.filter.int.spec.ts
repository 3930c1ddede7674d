import { Writable } from 'node:stream';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTroubleApp } from './problem.filter.fixture';

const problemJson = /^application\/problem\+json/;

describe('problems over HTTP', () => {
  const lines: Record<string, unknown>[] = [];
  let app: NestExpressApplication;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    app = await createTroubleApp(sink);
  });

  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['not-found', 404, 'motion.not-found', 'no motion 42'],
    ['not-allowed', 403, 'motion.not-a-member', 'only council members table motions'],
    ['conflict', 409, 'cycle.already-open', 'the 2027 cycle is already open'],
    ['stale-version', 409, 'stream.wrong-expected-version', 'stream ballot-1 is at version 3, expected 2'],
    ['rule-violated', 422, 'ballot.over-budget', 'the chosen projects cost more than the budget'],
  ])('answers a %s domain error with %i problem+json', async (kind, status, code, detail) => {
    const response = await request(app.getHttpServer()).get(`/trouble/${kind}?who=someone`).expect(status);
    expect(response.headers['content-type']).toMatch(problemJson);
    expect(response.body).toEqual({
      type: `urn:commonplan:problem:${code}`,
      title: expect.any(String),
      status,
      detail,
      code,
      instance: `/trouble/${kind}`,
    });
  });

  it('names the field a refusal is about, with its code as the rule', async () => {
    const response = await request(app.getHttpServer()).get('/trouble/rule-violated-by-a-field').expect(422);
    expect(response.body.errors).toEqual([
      {
        field: 'target.end',
        rule: 'comment.passage-outside-text',
        message: 'the passage ends after the measure’s text',
      },
    ]);
  });

  it('answers an invalid domain input with 400 and every issue', async () => {
    const response = await request(app.getHttpServer()).get('/trouble/invalid').expect(400);
    expect(response.headers['content-type']).toMatch(problemJson);
    expect(response.body).toMatchObject({
      status: 400,
      code: 'ballot.invalid',
      errors: [{ field: 'choices', rule: 'max-items', message: 'choices must have at most 3 entries' }],
    });
  });

  it('answers a request that breaks its class-validator rules with 400, one issue per rule', async () => {
    const response = await request(app.getHttpServer())
      .post('/trouble/projects')
      .send({ title: 'ab', costEuros: 70_000.5, location: { district: 'N' }, secret: 'x' })
      .expect(400);
    expect(response.headers['content-type']).toMatch(problemJson);
    expect(response.body).toMatchObject({
      status: 400,
      code: 'request.invalid',
      instance: '/trouble/projects',
    });
    const errors = (response.body as { errors: { field: string; rule: string }[] }).errors;
    expect(errors.map(({ field, rule }) => `${field} ${rule}`).sort()).toEqual([
      'costEuros isInt',
      'costEuros max',
      'location.district minLength',
      'secret whitelistValidation',
      'title minLength',
    ]);
    for (const error of errors)
      expect(error).toEqual({ field: error.field, rule: error.rule, message: expect.any(String) });
  });

  it('passes a valid request through, transformed to its class', async () => {
    const body = { title: 'Shade trees', costEuros: 12_000, location: { district: 'Nordstadt' } };
    await request(app.getHttpServer()).post('/trouble/projects').send(body).expect(201, body);
    await request(app.getHttpServer()).get('/trouble/projects/7').expect(200, { id: 7 });
  });

  it('keeps the status of Nest HTTP exceptions', async () => {
    const forbidden = await request(app.getHttpServer()).get('/trouble/forbidden').expect(403);
    expect(forbidden.body).toMatchObject({ code: 'http.forbidden', detail: 'officers only' });
    const badParam = await request(app.getHttpServer()).get('/trouble/projects/seven').expect(400);
    expect(badParam.headers['content-type']).toMatch(problemJson);
    expect(badParam.body).toMatchObject({ code: 'http.bad-request' });
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await request(app.getHttpServer()).get('/nowhere').expect(404);
    expect(response.headers['content-type']).toMatch(problemJson);
    expect(response.body).toMatchObject({ status: 404, code: 'http.not-found', instance: '/nowhere' });
  });

  it('answers malformed JSON with 400', async () => {
    const response = await request(app.getHttpServer())
      .post('/trouble/projects')
      .set('content-type', 'application/json')
      .send('{"title": "Shade trees",')
      .expect(400);
    expect(response.headers['content-type']).toMatch(problemJson);
    expect(response.body).toMatchObject({ status: 400, code: 'request.malformed-json' });
  });

  it('answers a body over the size limit with 413', async () => {
    const response = await request(app.getHttpServer())
      .post('/trouble/projects')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ title: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(response.headers['content-type']).toMatch(problemJson);
    expect(response.body).toMatchObject({ status: 413, code: 'request.too-large' });
  });

  it('answers a bug with a generic 500 and logs the stack instead', async () => {
    const response = await request(app.getHttpServer())
      .get('/trouble/bug')
      .set('authorization', 'Bearer officer-token')
      .set('x-request-id', 'probe-500')
      .expect(500);
    expect(response.headers['content-type']).toMatch(problemJson);
    expect(response.headers['x-request-id']).toBe('probe-500');
    expect(response.body).toEqual({
      type: 'urn:commonplan:problem:internal',
      title: 'Internal Server Error',
      status: 500,
      detail: expect.not.stringMatching(/secretColumn|TypeError/),
      code: 'internal',
      instance: '/trouble/bug',
    });
    expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.ts:\d+/);
    const logged = lines.find((line) => line.msg === 'unexpected error on GET /trouble/bug');
    expect(logged).toMatchObject({ level: 50, req: { id: 'probe-500' }, err: { type: 'TypeError' } });
    expect((logged?.err as { stack: string }).stack).toMatch(/secretColumn/);
    const requestLines = lines.filter(
      (line) => (line.req as { id?: string } | undefined)?.id === 'probe-500',
    );
    expect(requestLines.map((line) => line.msg)).toContain('request errored');
    for (const line of requestLines) {
      expect(JSON.stringify(line)).not.toContain('officer-token');
      expect(line.req).not.toHaveProperty('remoteAddress');
    }
  });

  it('does not repeat what a deliberate 5xx says about our internals', async () => {
    const response = await request(app.getHttpServer()).get('/trouble/unavailable').expect(503);
    expect(response.body).toMatchObject({ status: 503, code: 'http.service-unavailable' });
    expect(JSON.stringify(response.body)).not.toContain('10.0.0.7');
  });
});
