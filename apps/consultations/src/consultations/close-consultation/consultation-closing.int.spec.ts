import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SqlDatabase } from '@commonplan/event-store';
import { EventStreams, SQL_DATABASE } from '@commonplan/nest';
import {
  ConsultationsTestbed,
  consultationExplanation,
  consultationTitle,
  type PublishedPlan,
} from '../../consultations.fixture';
import { initialConsultation } from '../consultation';
import { CONSULTATION_STREAM } from '../consultation.events';
import { openConsultation } from '../open-consultation/open-consultation';
import { ConsultationClosing } from './consultation-closing.reactor';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(['PGlite', 'PostgreSQL'] as const)('consultations close by themselves on %s', (engine) => {
  let testbed: ConsultationsTestbed;
  let plan: PublishedPlan;

  beforeAll(async () => {
    testbed = await ConsultationsTestbed.start(engine);
    plan = await testbed.integraPlan();
  });
  afterAll(() => testbed?.close());

  const closings = async (consultationId: string) => {
    const { rows } = await testbed.db.query<{
      data: { closedAt: string };
      metadata: Record<string, unknown>;
    }>(`SELECT data, metadata FROM events WHERE stream_name = $1 AND event_type = 'ConsultationClosed'`, [
      `consultation-${consultationId}`,
    ]);
    return rows;
  };

  const statusOf = async (consultationId: string): Promise<string> =>
    (await testbed.as().get(`/consultations/${consultationId}`).expect(200)).body.status as string;

  it('records the closing at the closing time, a second after opening, dated then', async () => {
    const closesAt = new Date(Date.now() + 1000).toISOString();
    const consultationId = await testbed.openConsultation(plan.planId, { closesAt });
    expect(await statusOf(consultationId)).toBe('open');
    // A bound, not a delay: on a busy machine the scheduler's tick may come late.
    for (let waited = 0; (await closings(consultationId)).length === 0 && waited < 45_000; waited += 100)
      await sleep(100);
    const [closed, ...more] = await closings(consultationId);
    expect(closed).toMatchObject({ data: { closedAt: closesAt }, metadata: { role: 'scheduler' } });
    expect(closed?.metadata).not.toHaveProperty('actor');
    expect(more).toEqual([]);
    await testbed.caughtUp();
    expect(await statusOf(consultationId)).toBe('closed');
  });

  it('closes each consultation once when two schedulers run at the same time, and leaves the others open', async () => {
    const due = await testbed.openConsultation(plan.planId, {
      closesAt: new Date(Date.now() + 10 * DAY_MS).toISOString(),
    });
    const later = await testbed.openConsultation(plan.planId);
    // A second process's scheduler, on the same database, both told it is eleven days from now.
    const other = new ConsultationClosing(
      testbed.app.get(EventStreams),
      testbed.app.get<SqlDatabase>(SQL_DATABASE),
    );
    const here = testbed.app.get(ConsultationClosing);
    const inElevenDays = new Date(Date.now() + 11 * DAY_MS);
    await Promise.all([
      here.closeDue(inElevenDays),
      other.closeDue(inElevenDays),
      other.closeDue(inElevenDays),
    ]);
    expect(await closings(due)).toHaveLength(1);
    expect(await closings(later)).toEqual([]);
    await here.closeDue(inElevenDays);
    expect(await closings(due)).toHaveLength(1);
  });

  it('closes at start what came due while it was not running', async () => {
    // Opened by another process, so this one's scheduler was not told, and already due.
    const consultationId = randomUUID();
    const opensAt = new Date(Date.now() - 2000);
    const streams = testbed.app.get(EventStreams);
    const consulted = {
      planId: plan.planId,
      version: 1,
      sections: plan.sections.map(({ sectionId, measures }) => ({ sectionId, measures })),
    };
    const asked = {
      planId: plan.planId,
      planVersion: 1,
      title: consultationTitle,
      explanation: consultationExplanation,
      opensAt: opensAt.toISOString(),
      closesAt: new Date(opensAt.getTime() + 1000).toISOString(),
      languages: ['en'],
      whoMayComment: 'anyone' as const,
      openedBy: testbed.officer.participantId,
    };
    await streams.inTransaction((session) =>
      streams.append(
        session,
        CONSULTATION_STREAM,
        consultationId,
        openConsultation(initialConsultation(), asked, consulted, opensAt),
        'no-stream',
        { participantId: testbed.officer.participantId, role: 'officer' },
      ),
    );
    await testbed.caughtUp();
    const starting = new ConsultationClosing(streams, testbed.app.get<SqlDatabase>(SQL_DATABASE));
    starting.onApplicationBootstrap();
    for (let waited = 0; (await closings(consultationId)).length === 0 && waited < 45_000; waited += 100)
      await sleep(100);
    await starting.beforeApplicationShutdown();
    expect(await closings(consultationId)).toEqual([
      expect.objectContaining({ data: { closedAt: asked.closesAt } }),
    ]);
  });
});
