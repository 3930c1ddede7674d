import type { ResponseDrafted } from '../comments/comment.events';
import {
  AFTER,
  AMENDMENT,
  CONSULTATION,
  MEASURE_COUNCIL,
  MEASURE_ONE_STOP,
  MODERATOR,
  NEW_MEASURE,
  OFFICER,
  opening,
  OTHER_CONSULTATION,
  RESIDENT,
  SECTION_WELCOME,
  commentOf,
  commentsOf,
  submission,
} from '../consultations/consultation.fixture';
import { excerptOf, noticesOfOutcome, textIn, type PublishedOutcome } from './contributor-notice';

const ORIGINAL = '11111111-1111-4111-8111-111111111111';
const DUPLICATE = '22222222-2222-4222-8222-222222222222';
const HIDDEN = '33333333-3333-4333-8333-333333333333';
const WITHDRAWN = '44444444-4444-4444-8444-444444444444';
const ON_PAPER = '55555555-5555-4555-8555-555555555555';
const ELSEWHERE = '66666666-6666-4666-8666-666666666666';
const ADDED = '77777777-7777-4777-8777-777777777777';
const OTHER_RESIDENT = '8a8b7c6d-5e4f-4321-9876-543210fedcba';

const notAccepted: ResponseDrafted = {
  status: 'not-accepted',
  reason: { original: 'hr', texts: { hr: 'Nema proračuna.', ar: 'لا توجد ميزانية.' } },
  respondingUnit: 'Ured za socijalnu zaštitu',
  amendmentIds: [],
  noAmendmentNeededBecause: null,
  bulkGroupId: null,
  draftedBy: OFFICER,
};

const accepted: ResponseDrafted = {
  ...notAccepted,
  status: 'accepted',
  reason: null,
  amendmentIds: [AMENDMENT],
};

const labels: Record<string, string> = {
  [MEASURE_ONE_STOP]: '1',
  [MEASURE_COUNCIL]: '2',
  [SECTION_WELCOME]: 'Welcome',
};

const outcomeOf = (comments: PublishedOutcome['comments']): PublishedOutcome => ({
  consultationId: CONSULTATION,
  title: opening.title,
  publishedAt: AFTER.toISOString(),
  comments,
  amendments: [
    { amendmentId: AMENDMENT, kind: 'change', measureId: MEASURE_ONE_STOP, number: null, motivatedBy: [] },
    { amendmentId: ADDED, kind: 'add', measureId: NEW_MEASURE, number: '3', motivatedBy: [ORIGINAL] },
  ],
  labelOf: (id) => labels[id],
});

describe('the notices an outcome owes its contributors', () => {
  it('tells a contributor the status, the reason in their language and the unit that answered', () => {
    const comments = commentsOf({
      [ORIGINAL]: commentOf(submission({ language: 'ar' }), { type: 'ResponseDrafted', data: notAccepted }),
    });
    expect(noticesOfOutcome(outcomeOf(comments))).toEqual([
      {
        commentId: ORIGINAL,
        consultationId: CONSULTATION,
        participantId: RESIDENT,
        language: 'ar',
        consultationTitle: { text: 'Akcijski plan za integraciju', language: 'hr', original: true },
        excerpt: 'The one-stop shop should open in the evenings too.',
        target: { kind: 'measure', label: '1' },
        status: 'not-accepted',
        reason: { text: 'لا توجد ميزانية.', language: 'ar', original: false },
        noAmendmentNeededBecause: null,
        respondingUnit: 'Ured za socijalnu zaštitu',
        amendments: [{ amendmentId: ADDED, kind: 'add', measureNumber: '3' }],
        outcomeReport: `/consultations/${CONSULTATION}/outcome`,
        publishedAt: AFTER.toISOString(),
      },
    ]);
  });

  it('lists the amendments the answer cites and those citing the comment, by measure number', () => {
    const comments = commentsOf({
      [ORIGINAL]: commentOf(submission({ target: { kind: 'section', sectionId: SECTION_WELCOME } }), {
        type: 'ResponseDrafted',
        data: accepted,
      }),
    });
    const [notice] = noticesOfOutcome(outcomeOf(comments));
    expect(notice?.amendments).toEqual([
      { amendmentId: AMENDMENT, kind: 'change', measureNumber: '1' },
      { amendmentId: ADDED, kind: 'add', measureNumber: '3' },
    ]);
    expect(notice?.target).toEqual({ kind: 'section', label: 'Welcome' });
    expect(notice?.reason).toBeNull();
  });

  it('gives a duplicate its original’s answer, and a hidden comment the public reason it was hidden', () => {
    const hidden = { original: 'en', texts: { en: 'Insults another resident.' } };
    const comments = commentsOf({
      [ORIGINAL]: commentOf(submission({ contributorId: null, channel: 'paper', enteredBy: OFFICER }), {
        type: 'ResponseDrafted',
        data: notAccepted,
      }),
      [DUPLICATE]: commentOf(submission({ contributorId: OTHER_RESIDENT, language: 'hr' }), {
        type: 'CommentMarkedDuplicate',
        data: { duplicateOf: ORIGINAL, markedBy: OFFICER },
      }),
      [HIDDEN]: commentOf(submission(), {
        type: 'CommentHidden',
        data: { reason: hidden, hiddenBy: MODERATOR },
      }),
    });
    const notices = noticesOfOutcome(outcomeOf(comments));
    expect(notices.map((n) => [n.commentId, n.participantId, n.status, n.reason?.text])).toEqual([
      [DUPLICATE, OTHER_RESIDENT, 'not-accepted', 'Nema proračuna.'],
      [HIDDEN, RESIDENT, 'hidden', 'Insults another resident.'],
    ]);
  });

  it('owes nothing for a withdrawn comment, one without an account, or one of another consultation', () => {
    const comments = commentsOf({
      [WITHDRAWN]: commentOf(submission(), { type: 'CommentWithdrawn', data: { withdrawnBy: RESIDENT } }),
      [ON_PAPER]: commentOf(submission({ contributorId: null, channel: 'paper', enteredBy: OFFICER })),
      [ELSEWHERE]: commentOf(submission({ consultationId: OTHER_CONSULTATION })),
    });
    expect(noticesOfOutcome(outcomeOf(comments))).toEqual([]);
  });

  it('says a comment published without an answer got none', () => {
    const comments = commentsOf({ [ORIGINAL]: commentOf(submission({ target: { kind: 'plan' } })) });
    const [notice] = noticesOfOutcome(outcomeOf(comments));
    expect(notice).toMatchObject({
      status: 'unanswered',
      reason: null,
      respondingUnit: null,
      amendments: [],
      target: { kind: 'plan', label: null },
    });
  });
});

describe('a text in the contributor’s language', () => {
  const text = { original: 'hr', texts: { hr: 'Da.', fr: 'Oui.' } };

  it('takes the translation by the full tag or the primary language, else the original', () => {
    expect(textIn('fr-CA', text)).toEqual({ text: 'Oui.', language: 'fr', original: false });
    expect(textIn('hr', text)).toEqual({ text: 'Da.', language: 'hr', original: true });
    expect(textIn('uk', text)).toEqual({ text: 'Da.', language: 'hr', original: true });
  });
});

describe('the excerpt of a comment', () => {
  it('keeps a short comment whole and cuts a long one between words', () => {
    expect(excerptOf('  Short.  ')).toBe('Short.');
    const long = `${'word '.repeat(60)}end`;
    const excerpt = excerptOf(long);
    expect(excerpt.endsWith('word…')).toBe(true);
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(201);
  });

  it('never splits a character made of two code units', () => {
    const excerpt = excerptOf('😀'.repeat(250));
    expect(
      Array.from(excerpt)
        .slice(0, -1)
        .every((c) => c === '😀'),
    ).toBe(true);
  });
});
