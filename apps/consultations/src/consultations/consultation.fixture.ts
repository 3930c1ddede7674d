import { fold } from '@commonplan/kernel';
import {
  evolveComment,
  initialComment,
  type Comment,
  type CommentsOfConsultation,
} from '../comments/comment';
import type { CommentEvent, CommentSubmitted } from '../comments/comment.events';
import type { MeasureContent } from '../plans/measure';
import { evolveConsultation, initialConsultation, type Consultation } from './consultation';
import type {
  AmendmentProposed,
  Checkpoint,
  ConsultationEvent,
  ConsultationOpened,
} from './consultation.events';
import type { ConsultedVersion } from './consulted-version';

export const PLAN = '0b7c9e1a-2f3d-4c5b-8a6e-1d2c3b4a5f60';
export const CONSULTATION = '6c1f2e3d-4b5a-4978-8c6d-5e4f3a2b1c0d';
export const OTHER_CONSULTATION = '7d2e3f4a-5b6c-4d8e-9f0a-1b2c3d4e5f6a';
export const OFFICER = '3f2e1d0c-b9a8-4765-8432-10fedcba9876';
export const MODERATOR = '4a3b2c1d-0e9f-4876-9543-21fedcba0987';
export const RESIDENT = '9a8b7c6d-5e4f-4321-9876-543210fedcba';
export const SECTION_WELCOME = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const SECTION_PARTICIPATION = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';
export const MEASURE_ONE_STOP = '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f';
export const MEASURE_COUNCIL = '4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80';
export const NEW_MEASURE = '5e6f7a8b-9c0d-4e1f-8a3b-4c5d6e7f8091';
export const AMENDMENT = '6f7a8b9c-0d1e-4f2a-9b4c-5d6e7f809102';

/** The first recommendations of the INTEGRA city agendas, as a consulted version would carry them. */
export const consulted: ConsultedVersion = {
  planId: PLAN,
  version: 1,
  sections: [
    {
      sectionId: SECTION_WELCOME,
      measures: [
        {
          measureId: MEASURE_ONE_STOP,
          number: '1',
          text: 'Open a one-stop shop where newcomers find information on residence, work and schooling.',
        },
      ],
    },
    {
      sectionId: SECTION_PARTICIPATION,
      measures: [
        {
          measureId: MEASURE_COUNCIL,
          number: '2',
          text: 'Set up a migrant advisory council that the city consults on every integration measure.',
        },
      ],
    },
  ],
};

export const OPENS_AT = new Date('2027-03-01T08:00:00.000Z');
export const CLOSES_AT = new Date('2027-03-31T08:00:00.000Z');
export const DURING = new Date('2027-03-10T12:00:00.000Z');
export const AFTER = new Date('2027-04-02T09:00:00.000Z');

export const opening: ConsultationOpened = {
  planId: PLAN,
  planVersion: 1,
  title: { original: 'hr', texts: { hr: 'Akcijski plan za integraciju', en: 'Integration action plan' } },
  explanation: {
    original: 'hr',
    texts: { hr: 'Svaki komentar dobiva odgovor.', en: 'Every comment is answered in the outcome report.' },
  },
  opensAt: OPENS_AT.toISOString(),
  closesAt: CLOSES_AT.toISOString(),
  languages: ['hr', 'en', 'ar'],
  whoMayComment: 'anyone',
  openedBy: OFFICER,
};

export const consultationOf = (...events: ConsultationEvent[]): Consultation =>
  fold(evolveConsultation, initialConsultation(), [{ type: 'ConsultationOpened', data: opening }, ...events]);

export const submission = (overrides: Partial<CommentSubmitted> = {}): CommentSubmitted => ({
  consultationId: CONSULTATION,
  planVersion: 1,
  target: { kind: 'measure', measureId: MEASURE_ONE_STOP },
  text: 'The one-stop shop should open in the evenings too.',
  language: 'en',
  contributorType: 'individual',
  organisationName: null,
  publishedAs: 'anonymous',
  channel: 'online',
  contributorId: RESIDENT,
  enteredBy: null,
  receivedAt: DURING.toISOString(),
  ...overrides,
});

export const commentOf = (submitted: CommentSubmitted, ...events: CommentEvent[]): Comment =>
  fold(evolveComment, initialComment(), [{ type: 'CommentSubmitted', data: submitted }, ...events]);

export const commentsOf = (entries: Record<string, Comment>): CommentsOfConsultation =>
  new Map(Object.entries(entries));

export const content: MeasureContent = {
  title: 'One-stop shop for newcomers',
  text: 'Open a one-stop shop, also in the evenings, where newcomers find information on residence and work.',
  department: 'Social affairs',
  budget: { amount: '12000000', currency: 'EUR' },
  targetGroups: ['third-country nationals', 'asylum seekers'],
  indicators: ['visitors per month'],
};

export const amendment = (overrides: Partial<AmendmentProposed> = {}): AmendmentProposed => ({
  amendmentId: AMENDMENT,
  kind: 'change',
  measureId: MEASURE_ONE_STOP,
  sectionId: null,
  number: null,
  content,
  origin: 'elsewhere',
  motivatedBy: [],
  originExplanation: { original: 'en', texts: { en: 'The city budget for 2027 allows evening hours.' } },
  proposedBy: OFFICER,
  ...overrides,
});

export const checkpoint: Checkpoint = {
  position: '10',
  treeSize: 10,
  rootHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  signedAt: '2027-04-02T09:00:00.000Z',
  keyId: 'notary',
  signature: 'c2lnbmVk',
};

export const published: ConsultationEvent = {
  type: 'OutcomePublished',
  data: {
    nextPlanVersion: 2,
    unansweredCommentIds: [],
    checkpoint,
    publishedBy: OFFICER,
    publishedAt: AFTER.toISOString(),
  },
};
