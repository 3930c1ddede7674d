import type { ContributorNotice } from './contributor-notice';
import { noticeMessage } from './notice-wording';

const notice = (overrides: Partial<ContributorNotice> = {}): ContributorNotice => ({
  commentId: '11111111-1111-4111-8111-111111111111',
  consultationId: '6c1f2e3d-4b5a-4978-8c6d-5e4f3a2b1c0d',
  participantId: '9a8b7c6d-5e4f-4321-9876-543210fedcba',
  language: 'en',
  consultationTitle: { text: 'Integration action plan', language: 'en', original: false },
  excerpt: 'Open the one-stop shop in the evenings.',
  target: { kind: 'measure', label: '1' },
  status: 'partially-accepted',
  reason: { text: 'Evenings twice a week.', language: 'en', original: true },
  noAmendmentNeededBecause: null,
  respondingUnit: 'Social affairs',
  amendments: [{ amendmentId: '6f7a8b9c-0d1e-4f2a-9b4c-5d6e7f809102', kind: 'change', measureNumber: '1' }],
  outcomeReport: '/consultations/6c1f2e3d-4b5a-4978-8c6d-5e4f3a2b1c0d/outcome',
  publishedAt: '2027-04-02T09:00:00.000Z',
  ...overrides,
});

describe('the words of a notice', () => {
  it('says in English what happened, why, who answered, what changed, and where to read more', () => {
    expect(noticeMessage(notice())).toEqual({
      language: 'en',
      subject: 'What happened to your comment: Integration action plan',
      text: [
        'Thank you for your comment in the consultation “Integration action plan”. The city has published the outcome.',
        '',
        'Your comment (About: measure 1):',
        '“Open the one-stop shop in the evenings.”',
        '',
        'Status: Partly accepted',
        'Reason: Evenings twice a week.',
        'Answered by: Social affairs',
        'Changes it led to: measure 1 changed',
        '',
        'Read the full outcome: /consultations/6c1f2e3d-4b5a-4978-8c6d-5e4f3a2b1c0d/outcome',
        '',
      ].join('\n'),
    });
  });

  it.each([
    ['fr', 'Accepté en partie', 'Motif'],
    ['ar', 'مقبول جزئيًا', 'السبب'],
    ['fa', 'بخشی از آن پذیرفته شد', 'دلیل'],
    ['uk', 'Частково прийнято', 'Причина'],
    ['hr', 'Djelomično prihvaćen', 'Obrazloženje'],
  ])('is written in %s with the status and the reason in its words', (language, status, reason) => {
    const message = noticeMessage(notice({ language: `${language}-XX`, reason: null }));
    expect(message.language).toBe(language);
    expect(message.text).toContain(status);
    expect(message.text).not.toContain(`${reason}:`);
    const reasoned = noticeMessage(notice({ language, reason: { text: 'R.', language, original: true } }));
    expect(reasoned.text).toContain(`${reason}: R.\n`);
  });

  it('falls back to English for a language without a catalogue, marking a reason in another language', () => {
    const message = noticeMessage(
      notice({ language: 'sw', reason: { text: 'Nema proračuna.', language: 'hr', original: true } }),
    );
    expect(message.language).toBe('en');
    expect(message.text).toContain('Reason: Nema proračuna. [hr]');
  });

  it('says why no change was needed, and keeps a long title out of the subject line', () => {
    const message = noticeMessage(
      notice({
        status: 'accepted',
        reason: null,
        amendments: [],
        noAmendmentNeededBecause: { text: 'Already open in the evenings.', language: 'en', original: true },
        consultationTitle: { text: 'T'.repeat(500), language: 'en', original: true },
      }),
    );
    expect(message.text).toContain('No change was needed because: Already open in the evenings.');
    expect(message.text).not.toContain('Changes it led to');
    expect(message.subject.length).toBeLessThan(200);
  });
});
