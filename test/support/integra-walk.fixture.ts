import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import {
  en,
  type CommentBody,
  type ConsultationLedger,
  type LocalizedText,
  type MeasureContent,
  type PlanMeasure,
  type PlanVersionBody,
  type SentAmendment,
  type SentComment,
  type SentResponse,
} from './integra-consultation.fixture';

/**
 * The INTEGRA walk's script, after Zagreb's consultation on its Action Plan: comments asking for
 * asylum seekers to be included in measure 5, for notices in the languages residents speak, and
 * against a measure about irregular migration; the amendments they led to; the answers.
 */

/** Calls the platform as the holder of `token`, or anonymously without one. */
export const signedAs = (app: NestExpressApplication, token?: string) => {
  const signed = <T extends request.Test>(call: T): T =>
    token ? call.set('authorization', `Bearer ${token}`) : call;
  const server = app.getHttpServer();
  return {
    get: (url: string) => signed(request(server).get(url)),
    post: (url: string) => signed(request(server).post(url)),
    put: (url: string) => signed(request(server).put(url)),
    delete: (url: string) => signed(request(server).delete(url)),
  };
};

export const withArabic = (english: string, arabic: string): LocalizedText => ({
  original: 'en',
  texts: { en: english, ar: arabic },
});

export const measureOf = (plan: PlanVersionBody, number: string): PlanMeasure => {
  const found = plan.sections.flatMap((section) => section.measures).find((m) => m.number === number);
  if (!found) throw new Error(`INTEGRA has no measure ${number}`);
  return found;
};

export const contentOf = ({ measureId: _id, number: _number, ...content }: PlanMeasure): MeasureContent =>
  content;

const KEY_QUOTE = 'services to migrants';
export const ASYLUM = [
  'asylum-ngo',
  'asylum-migrants',
  'asylum-resident',
  'asylum-ombudswoman',
  'asylum-cms',
];
export const LANGUAGES_ASKED = ['languages-uk', 'languages-fa', 'languages-meeting'];

const informationSection = (plan: PlanVersionBody) =>
  plan.sections.find((s) => s.measures.some((m) => m.number === '10'))!;

/** The comments residents and organisations send online, by name. */
export const onlineComments = (plan: PlanVersionBody): Record<string, CommentBody> => {
  const key = measureOf(plan, '5');
  const start = key.text.indexOf(KEY_QUOTE);
  const onKey = { kind: 'measure' as const, measureId: key.measureId };
  const onInformation = { kind: 'section' as const, sectionId: informationSection(plan).sectionId };
  return {
    'asylum-ngo': {
      target: onKey,
      text: 'Mjera mora obuhvatiti i tražitelje azila',
      language: 'hr',
      contributorType: 'ngo',
      organisationName: 'Are You Syrious?',
      publishedAs: 'named',
    },
    'asylum-migrants': {
      target: {
        kind: 'passage',
        measureId: key.measureId,
        start,
        end: start + KEY_QUOTE.length,
        quote: KEY_QUOTE,
      },
      text: 'يجب أن تشمل الخدمات طالبي اللجوء أيضاً',
      language: 'ar',
      contributorType: 'migrant-organisation',
      organisationName: 'Syrian Community Association',
    },
    'asylum-resident': {
      target: onKey,
      text: 'Asylum seekers live here too and need the same services',
      language: 'en',
      contributorType: 'individual',
    },
    'asylum-again': {
      target: onKey,
      text: 'Asylum seekers need these services as much as anyone',
      language: 'en',
      contributorType: 'individual',
    },
    'languages-uk': {
      target: onInformation,
      text: 'Інформація має бути українською, арабською та фарсі',
      language: 'uk',
      contributorType: 'individual',
    },
    'languages-fa': {
      target: onInformation,
      text: 'اطلاعات باید به زبان فارسی هم باشد',
      language: 'fa',
      contributorType: 'migrant-organisation',
      organisationName: 'Afghan Women Network',
      publishedAs: 'named',
    },
    removal: {
      target: { kind: 'measure', measureId: measureOf(plan, '23').measureId },
      text: 'This measure is about border control, not integration: it keeps people away',
      language: 'en',
      contributorType: 'migrant-organisation',
      organisationName: 'Migrant Council Network',
      publishedAs: 'named',
    },
  };
};

/** The letter, e-mail and meeting note an officer enters, received at the times `at` gives. */
export const offlineComments = (
  plan: PlanVersionBody,
  at: (k: number) => string,
): Record<string, CommentBody> => {
  const key = measureOf(plan, '5');
  return {
    'asylum-ombudswoman': {
      target: { kind: 'passage', measureId: key.measureId, start: 0, end: 20, quote: key.text.slice(0, 20) },
      text: 'The measure should name asylum seekers explicitly among its beneficiaries',
      language: 'en',
      contributorType: 'public-institution',
      organisationName: 'Office of the Ombudswoman',
      publishedAs: 'named',
      channel: 'paper',
      receivedAt: at(0),
      actsForOrganisation: true,
    },
    'asylum-cms': {
      target: { kind: 'measure', measureId: key.measureId },
      text: 'Tražitelji azila trebaju iste usluge kao i ostali migranti',
      language: 'hr',
      contributorType: 'ngo',
      organisationName: 'Centre for Peace Studies',
      publishedAs: 'named',
      channel: 'email',
      receivedAt: at(1),
      actsForOrganisation: true,
    },
    'languages-meeting': {
      target: { kind: 'section', sectionId: informationSection(plan).sectionId },
      text: 'نريد كل المعلومات بالعربية أيضاً',
      language: 'ar',
      contributorType: 'individual',
      channel: 'meeting',
      receivedAt: at(2),
    },
  };
};

export type AmendmentBody = Omit<SentAmendment, 'amendmentId' | 'withdrawn' | 'measureId'> & {
  readonly measureId?: string;
  readonly sectionId?: string;
  readonly number?: string;
};

const ids = (special: Record<string, SentComment>, names: readonly string[]) =>
  names.map((name) => special[name]!.commentId);

/** The amendments, each citing the comments behind it or saying where else it comes from. */
export const amendmentBodies = (plan: PlanVersionBody, special: Record<string, SentComment>) => {
  const key = measureOf(plan, '5');
  const funded = measureOf(plan, '12');
  const reorganised = measureOf(plan, '7');
  const bodies = {
    asylum: {
      kind: 'change',
      measureId: key.measureId,
      content: {
        ...contentOf(key),
        text: key.text.replace(KEY_QUOTE, `${KEY_QUOTE}, asylum seekers included,`),
        targetGroups: [...key.targetGroups, 'asylum seekers'],
      },
      origin: 'comments',
      motivatedBy: ids(special, ASYLUM),
      originExplanation: null,
    },
    added: {
      kind: 'add',
      sectionId: informationSection(plan).sectionId,
      number: '46',
      content: {
        title: 'Information in the languages residents speak',
        text: 'Every public notice about integration services is published in Arabic, Farsi and Ukrainian too.',
        department: 'Communications Department',
        budget: { amount: '1200000', currency: 'EUR' },
        targetGroups: ['newcomers'],
        indicators: ['languages covered per notice'],
      },
      origin: 'comments',
      motivatedBy: ids(special, LANGUAGES_ASKED),
      originExplanation: null,
    },
    removed: {
      kind: 'remove',
      measureId: measureOf(plan, '23').measureId,
      content: null,
      origin: 'comments',
      motivatedBy: ids(special, ['removal']),
      originExplanation: null,
    },
    budget: {
      kind: 'change',
      measureId: funded.measureId,
      content: { ...contentOf(funded), budget: { amount: '4500000', currency: 'EUR' } },
      origin: 'elsewhere',
      motivatedBy: [],
      originExplanation: {
        original: 'en',
        texts: {
          en: 'The city budget for 2027 funds this measure',
          hr: 'Gradski proračun za 2027. financira ovu mjeru',
        },
      },
    },
    dropped: {
      kind: 'change',
      measureId: reorganised.measureId,
      content: { ...contentOf(reorganised), department: 'Office for Civil Society' },
      origin: 'elsewhere',
      motivatedBy: [],
      originExplanation: en('A reorganisation that did not happen'),
    },
  } satisfies Record<string, AmendmentBody>;
  return bodies as Record<keyof typeof bodies, AmendmentBody>;
};

const UNITS = [
  'Office for Integration',
  'Social Welfare Department',
  'Department of Education',
  'City Treasury',
];

/**
 * The k-th everyday answer, every status in turn, some reasons translated into Arabic; undefined for
 * the ones answered together in groups.
 */
export const everydayResponse = (k: number): SentResponse | undefined => {
  const respondingUnit = UNITS[k % UNITS.length]!;
  switch (k % 5) {
    case 0:
      return {
        status: 'not-accepted',
        respondingUnit,
        reason:
          k % 10 === 0
            ? withArabic(`Outside the city's powers (${k})`, `خارج صلاحيات المدينة (${k})`)
            : en(`Outside the city's powers (${k})`),
      };
    case 1:
      return undefined;
    case 2:
      return {
        status: 'accepted',
        respondingUnit,
        noAmendmentNeededBecause: en(`The measure already provides for it (${k})`),
      };
    case 3:
      return {
        status: 'partially-accepted',
        respondingUnit,
        reason: en(`Only in part, for lack of funds (${k})`),
        noAmendmentNeededBecause: en('The annual programme will do it'),
      };
    default:
      return {
        status: 'noted',
        respondingUnit,
        reason: withArabic(`Passed on to the national authorities (${k})`, `أحيل إلى السلطات الوطنية (${k})`),
      };
  }
};

/** The CSV cells the report must have for each listed comment, hidden ones included, in order. */
export const expectedCsvRows = (
  ledger: ConsultationLedger,
  consulted: PlanVersionBody,
  next: PlanVersionBody,
) =>
  [
    ...ledger.expectedComments('en', consulted, next).map((c) => ({
      number: String(c.number),
      comment_id: c.commentId,
      target: c.target.kind,
      measure_number: c.target.measure?.number ?? '',
      quote: c.target.passage?.quote ?? '',
      contributor_type: c.contributorType,
      organisation_name: c.organisationName ?? '',
      channel: c.channel,
      language: c.language,
      text: c.text,
      duplicate_of: c.duplicateOf ? String(c.duplicateOf.number) : '',
      status: c.status,
      reason: c.reason?.text ?? '',
      responding_unit: c.respondingUnit ?? '',
      amendments: c.amendments.map((a) => `${a.kind} ${a.measureNumber}`).join('; '),
    })),
    ...ledger.expectedHidden('en').map((c) => ({
      number: String(c.number),
      comment_id: c.commentId,
      target: '',
      measure_number: '',
      quote: '',
      contributor_type: c.contributorType,
      organisation_name: '',
      channel: c.channel,
      language: '',
      text: '',
      duplicate_of: '',
      status: 'hidden',
      reason: c.reason.text,
      responding_unit: '',
      amendments: '',
    })),
  ].sort((a, b) => Number(a.number) - Number(b.number));
