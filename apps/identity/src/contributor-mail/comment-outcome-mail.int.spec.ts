import { randomUUID } from 'node:crypto';
import type { CommentOutcomeNoticeDueV1 } from '@commonplan/contracts';
import type { SqlDatabase } from '@commonplan/event-store';
import { contextTopic, type MessageBus } from '@commonplan/messaging';
import { MESSAGE_BUS, SQL_DATABASE } from '@commonplan/nest';
import { startSmtpServer, type TestSmtpServer } from '@commonplan/testing';
import { ENGINES, identityPlatform, type IdentityPlatform } from '../identity.fixture';
import { PersonalDataVault } from '../personal-data/personal-data-vault.adapter';

jest.setTimeout(60_000);

const REFUSED = 'gone@city.example';

describe.each(ENGINES)('mailing contributors what happened to their comments, on %s', (engine) => {
  let smtp: TestSmtpServer;
  let platform: IdentityPlatform;

  beforeAll(async () => {
    smtp = await startSmtpServer({ refusing: [REFUSED] });
    platform = await identityPlatform(engine, {
      mail: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'no-reply@city.example' },
    });
  });
  afterAll(async () => {
    await platform?.close();
    await smtp?.close();
  });

  const db = () => platform.app.get<SqlDatabase>(SQL_DATABASE);
  const vault = () => platform.app.get(PersonalDataVault);
  const participantWith = async (email?: string): Promise<string> => {
    const participantId = randomUUID();
    if (email !== undefined)
      await db().transaction((session) => vault().write(session, participantId, { email }));
    return participantId;
  };
  const noticeFor = (participantId: string, eventId: string = randomUUID()) => {
    const payload: CommentOutcomeNoticeDueV1 = {
      participantId,
      consultationId: randomUUID(),
      commentId: randomUUID(),
      language: 'fr',
      subject: 'Ce qu’il est advenu de votre commentaire : Plan',
      text: 'Statut : Accepté\n',
    };
    return {
      eventId,
      type: 'CommentOutcomeNoticeDue',
      schemaVersion: 1,
      key: `outcomeNotices-${payload.consultationId}`,
      correlationId: randomUUID(),
      occurredAt: new Date(),
      payload,
    };
  };
  const publish = (...messages: ReturnType<typeof noticeFor>[]) =>
    platform.app.get<MessageBus>(MESSAGE_BUS).publish(contextTopic('consultations'), messages);
  const processed = async (eventId: string): Promise<number> => {
    const { rows } = await db().query('SELECT 1 FROM processed_messages WHERE event_id = $1', [eventId]);
    return rows.length;
  };

  it('mails the words as written, in their language, once however often the notice comes', async () => {
    const participantId = await participantWith('amina@city.example');
    const notice = noticeFor(participantId);
    const before = smtp.received.length;
    await publish(notice);
    await publish(notice);
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.envelope.to).toEqual(['amina@city.example']);
    expect(mails[0]!.mail.headers.get('content-language')).toBe('fr');
    expect(mails[0]!.mail.subject).toBe(notice.payload.subject);
    expect(mails[0]!.mail.text).toBe(notice.payload.text);
  });

  it('sends nothing to a participant without an address, nor to one whose data were erased', async () => {
    const erased = await participantWith('erased@city.example');
    await db().transaction((session) => vault().erase(session, erased));
    const withoutAddress = await participantWith();
    const before = smtp.received.length;
    const notices = [noticeFor(erased), noticeFor(withoutAddress)];
    await publish(...notices);
    expect(smtp.received.length).toBe(before);
    for (const notice of notices) expect(await processed(notice.eventId)).toBe(1);
  });

  it('acknowledges a notice to an address the server refuses for good, and goes on with the next', async () => {
    const refused = noticeFor(await participantWith(REFUSED));
    const next = noticeFor(await participantWith('next@city.example'));
    const before = smtp.received.length;
    await publish(refused, next);
    expect(await processed(refused.eventId)).toBe(1);
    expect(smtp.received.slice(before).map((mail) => mail.envelope.to)).toEqual([['next@city.example']]);
  });
});
