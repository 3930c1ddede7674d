import { fold } from '@commonplan/kernel';
import { evolveComment, initialComment, type Comment } from '../comments/comment';
import type { CommentEvent, CommentSubmitted, ResponseDrafted } from '../comments/comment.events';
import { evolveConsultation, initialConsultation } from '../consultations/consultation';
import type { AmendmentProposed, ConsultationEvent } from '../consultations/consultation.events';
import { checkpoint, opening } from '../consultations/consultation.fixture';
import type { LocalizedText } from '../consultations/localized-text';
import { planDiff } from '../plan-diff/plan-diff';
import { measureContentOf, versionOf } from '../plans/plan';
import { idOf, OFFICER } from '../plans/plan.fixture';
import type { OutcomeReportSources } from './build-outcome-report';
import {
  A_HATE_CRIME,
  A_INTERPRETERS,
  A_ONE_STOP,
  A_WITHDRAWN,
  CONSULTATION,
  drafted,
  FIREWALL,
  HATE_CRIME,
  INFORMATION,
  INTERPRETERS,
  interpreters,
  ONE_STOP,
  oneStopAfter,
  plan,
  PLAN,
  PLATFORM,
} from './outcome-report-plan.fixture';

export * from './outcome-report-plan.fixture';

/**
 * A small consultation shaped like Osijek's on its INTEGRA agenda: ten comments from residents, NGOs,
 * a migrant organisation, a public institution and a business, by every channel, in Croatian, English
 * and Arabic; one answered as a duplicate, one hidden, one withdrawn, one left unanswered; three
 * amendments adopted and one withdrawn.
 */
export const MODERATOR = idOf(902);

/** `C[n]` is the nth comment received; `C[0]` names none, so numbers in tests read as in the report. */
export const C = Array.from({ length: 11 }, (_, n) => idOf(200 + n));

const text = (original: string, texts: Record<string, string>): LocalizedText => ({ original, texts });

const amendment = (fields: Partial<AmendmentProposed> & Pick<AmendmentProposed, 'amendmentId'>) =>
  ({
    type: 'AmendmentProposed',
    data: {
      kind: 'change',
      measureId: ONE_STOP,
      sectionId: null,
      number: null,
      content: null,
      origin: 'comments',
      motivatedBy: [],
      originExplanation: null,
      proposedBy: OFFICER,
      ...fields,
    },
  }) as const satisfies ConsultationEvent;

const consultationEvents: ConsultationEvent[] = [
  { type: 'ConsultationOpened', data: { ...opening, planId: PLAN } },
  amendment({ amendmentId: A_ONE_STOP, content: oneStopAfter, motivatedBy: [C[1]!] }),
  amendment({
    amendmentId: A_INTERPRETERS,
    kind: 'add',
    measureId: INTERPRETERS,
    sectionId: INFORMATION,
    number: '6',
    content: interpreters,
  }),
  amendment({
    amendmentId: A_HATE_CRIME,
    kind: 'remove',
    measureId: HATE_CRIME,
    origin: 'elsewhere',
    originExplanation: text('hr', {
      hr: 'Obuhvaćeno nacionalnim akcijskim planom protiv zločina iz mržnje.',
      en: 'Covered by the national action plan against hate crime.',
    }),
  }),
  amendment({
    amendmentId: A_WITHDRAWN,
    measureId: PLATFORM,
    content: measureContentOf(drafted.sections[0]!.measures[0]!),
  }),
  { type: 'AmendmentWithdrawn', data: { amendmentId: A_WITHDRAWN, withdrawnBy: OFFICER } },
  { type: 'ConsultationClosed', data: { closedAt: opening.closesAt } },
  {
    type: 'OutcomePublished',
    data: {
      nextPlanVersion: 2,
      unansweredCommentIds: [C[9]!],
      checkpoint,
      publishedBy: OFFICER,
      publishedAt: '2027-04-02T09:00:00.000Z',
    },
  },
];

const submitted = (day: number, fields: Partial<CommentSubmitted>): CommentSubmitted => ({
  consultationId: CONSULTATION,
  planVersion: 1,
  target: { kind: 'plan' },
  text: 'A comment.',
  language: 'en',
  contributorType: 'individual',
  organisationName: null,
  publishedAs: 'anonymous',
  channel: 'online',
  contributorId: idOf(300 + day),
  enteredBy: null,
  receivedAt: `2027-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  ...fields,
});

const responded = (fields: Partial<ResponseDrafted>): CommentEvent => ({
  type: 'ResponseDrafted',
  data: {
    status: 'accepted',
    reason: null,
    respondingUnit: 'Office for Social Affairs',
    amendmentIds: [],
    noAmendmentNeededBecause: null,
    bulkGroupId: null,
    draftedBy: OFFICER,
    ...fields,
  },
});

const commentOf = (submission: CommentSubmitted, ...events: CommentEvent[]): Comment =>
  fold(evolveComment, initialComment(), [{ type: 'CommentSubmitted', data: submission }, ...events]);

const quoted = 'one-stop shop';

export const comments = new Map<string, Comment>([
  [
    C[1]!,
    commentOf(
      submitted(2, {
        target: { kind: 'measure', measureId: ONE_STOP },
        text: 'One-stop shops must serve asylum seekers too.',
        contributorType: 'ngo',
        organisationName: 'Centre for Peace Studies',
        publishedAs: 'named',
      }),
      responded({ amendmentIds: [A_ONE_STOP] }),
    ),
  ],
  [
    C[2]!,
    commentOf(
      submitted(3, {
        target: { kind: 'passage', measureId: ONE_STOP, start: 9, end: 9 + quoted.length, quote: quoted },
        text: 'يجب أن يكون المكتب مفتوحاً في المساء.',
        language: 'ar',
        contributorType: 'migrant-organisation',
        organisationName: 'Syrian Community Osijek',
        publishedAs: 'named',
        channel: 'email',
      }),
      responded({
        status: 'partially-accepted',
        reason: text('hr', {
          hr: 'Radno vrijeme ovisi o proračunu.',
          en: 'Opening hours depend on the budget.',
        }),
        amendmentIds: [A_ONE_STOP],
      }),
    ),
  ],
  [
    C[3]!,
    commentOf(
      submitted(4, {
        target: { kind: 'section', sectionId: INFORMATION },
        text: 'Informacije i na arapskom, molim.',
        language: 'hr',
      }),
      responded({ amendmentIds: [A_INTERPRETERS], respondingUnit: 'City Office for General Administration' }),
    ),
  ],
  [
    C[4]!,
    commentOf(
      submitted(5, {
        text: '=HYPERLINK("http://example.org","plan"), see "annex"',
        channel: 'paper',
        enteredBy: OFFICER,
        contributorId: null,
      }),
      responded({ status: 'not-accepted', reason: text('hr', { hr: 'Prilog nije dostavljen.' }) }),
    ),
  ],
  [
    C[5]!,
    commentOf(
      submitted(6, {
        target: { kind: 'measure', measureId: ONE_STOP },
        text: 'Asylum seekers need the one-stop shop.',
      }),
      { type: 'CommentMarkedDuplicate', data: { duplicateOf: C[1]!, markedBy: OFFICER } },
    ),
  ],
  [
    C[6]!,
    commentOf(submitted(7, { text: 'An insult.' }), {
      type: 'CommentHidden',
      data: {
        reason: text('hr', { hr: 'Uvredljiv sadržaj.', en: 'Offensive content.' }),
        hiddenBy: MODERATOR,
      },
    }),
  ],
  [
    C[7]!,
    commentOf(submitted(8, { text: 'Withdrawn on second thought.' }), {
      type: 'CommentWithdrawn',
      data: { withdrawnBy: idOf(308) },
    }),
  ],
  [
    C[8]!,
    commentOf(
      submitted(9, {
        target: { kind: 'measure', measureId: FIREWALL },
        text: 'Podržavamo. <script>alert("x")</script>',
        language: 'hr',
        contributorType: 'public-institution',
        organisationName: 'Croatian Employment Service',
        publishedAs: 'named',
        channel: 'meeting',
        enteredBy: OFFICER,
      }),
      responded({ status: 'noted', reason: text('en', { en: 'The measure stands as drafted.' }) }),
    ),
  ],
  [
    C[9]!,
    commentOf(
      submitted(10, {
        target: { kind: 'measure', measureId: HATE_CRIME },
        text: 'Keep the hate crime measure.',
        contributorType: 'business',
        organisationName: 'Drava Logistics',
      }),
    ),
  ],
  [
    C[10]!,
    commentOf(
      submitted(11, { text: 'Line one,\nline two.', contributorType: 'other', channel: 'email' }),
      responded({
        noAmendmentNeededBecause: text('en', {
          en: 'Already in the 2027 work programme.',
          hr: 'Već u programu rada za 2027.',
        }),
      }),
    ),
  ],
]);

const consultation = fold(evolveConsultation, initialConsultation(), consultationEvents);

export const sources: OutcomeReportSources = {
  consultationId: CONSULTATION,
  consultation,
  comments,
  consulted: versionOf(plan, 1)!,
  next: versionOf(plan, 2)!,
  diff: planDiff(plan, 1, 2),
};
