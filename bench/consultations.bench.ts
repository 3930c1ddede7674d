import { fold } from '@commonplan/kernel';
import { evolveComment, initialComment, type Comment } from '../apps/consultations/src/comments/comment';
import {
  CHANNELS,
  type CommentEvent,
  type CommentTarget,
  type ContributorType,
  type ResponseStatus,
} from '../apps/consultations/src/comments/comment.events';
import {
  evolveConsultation,
  initialConsultation,
  type Consultation,
} from '../apps/consultations/src/consultations/consultation';
import type { ConsultationEvent } from '../apps/consultations/src/consultations/consultation.events';
import type { LocalizedText } from '../apps/consultations/src/consultations/localized-text';
import { buildOutcomeReport } from '../apps/consultations/src/outcome-report/build-outcome-report';
import { outcomeReportHtml } from '../apps/consultations/src/outcome-report/outcome-report.html';
import { outcomeReportJson } from '../apps/consultations/src/outcome-report/outcome-report.json';
import { planDiff } from '../apps/consultations/src/plan-diff/plan-diff';
import type { MeasureContent } from '../apps/consultations/src/plans/measure';
import { evolvePlan, initialPlan, versionOf, type Plan } from '../apps/consultations/src/plans/plan';
import type { DerivedAmendment, PlanEvent, PlanSection } from '../apps/consultations/src/plans/plan.events';
import { medianOf, type Figures } from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COMMENTS = Number(process.env.BENCH_CONSULTATION_COMMENTS ?? 10_000);
const AMENDMENTS = 500;
const SECTIONS = 50;
const MEASURES_PER_SECTION = 12;
const OFFICER = '3f2e1d0c-b9a8-4765-8432-10fedcba9876';
const CONSULTATION = '6c1f2e3d-4b5a-4978-8c6d-5e4f3a2b1c0d';
const TARGET_S = 2;

/** mulberry32: a seeded generator, so every run and every machine reports on the same consultation. */
const prng = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const idOf = (kind: number, n: number): string =>
  `00000000-0000-4000-${(0x8000 + kind).toString(16)}-${n.toString(16).padStart(12, '0')}`;

const WORDS =
  'city residents newcomers integration language courses housing employment schools health services ' +
  'information office counselling asylum seekers council district access participation women youth';
const words = (random: () => number, count: number): string =>
  Array.from({ length: count }, () => WORDS.split(' ')[Math.floor(random() * 21)]).join(' ');

const contentOf = (random: () => number, title: string): MeasureContent => ({
  title,
  text: `${words(random, 40)}.`,
  department: 'Department for Social Affairs',
  budget: random() < 0.5 ? { amount: String(Math.floor(random() * 1e8)), currency: 'EUR' } : null,
  targetGroups: ['third-country nationals', 'asylum seekers'].slice(0, 1 + Math.floor(random() * 2)),
  indicators: ['people reached'],
});

/** A plan of 600 measures in 50 sections, and its next version made by 500 amendments. */
const generatedPlan = (random: () => number): { plan: Plan; amendments: DerivedAmendment[] } => {
  const sections: PlanSection[] = Array.from({ length: SECTIONS }, (_, s) => ({
    sectionId: idOf(1, s),
    heading: `Section ${s + 1}: ${words(random, 4)}`,
    introduction: null,
    measures: Array.from({ length: MEASURES_PER_SECTION }, (_, m) => {
      const n = s * MEASURES_PER_SECTION + m;
      return {
        measureId: idOf(2, n),
        number: String(n + 1),
        ...contentOf(random, `Measure ${words(random, 3)}`),
      };
    }),
  }));
  const amendments: DerivedAmendment[] = Array.from({ length: AMENDMENTS }, (_, a) => {
    const kind = a < 400 ? 'change' : a < 450 ? 'add' : 'remove';
    const measureId = kind === 'add' ? idOf(3, a) : idOf(2, a);
    return {
      amendmentId: idOf(4, a),
      kind,
      measureId,
      sectionId: kind === 'add' ? idOf(1, a % SECTIONS) : null,
      number: kind === 'add' ? `${a + 1000}` : null,
      content: kind === 'remove' ? null : contentOf(random, `Measure ${words(random, 3)}`),
    };
  });
  const events: PlanEvent[] = [
    {
      type: 'PlanDrafted',
      data: {
        kind: 'action-plan',
        title: 'Generated plan',
        language: 'hr',
        summary: null,
        sections,
        source: 'form',
        draftedBy: OFFICER,
      },
    },
    { type: 'PlanVersionPublished', data: { version: 1, publishedBy: OFFICER } },
    {
      type: 'PlanVersionDerived',
      data: { version: 2, fromVersion: 1, consultationId: CONSULTATION, amendments, derivedBy: OFFICER },
    },
  ];
  return { plan: fold(evolvePlan, initialPlan(), events), amendments };
};

const localized = (random: () => number): LocalizedText => ({
  original: 'hr',
  texts:
    random() < 0.7
      ? { hr: `${words(random, 20)}.`, en: `${words(random, 20)}.` }
      : { hr: `${words(random, 20)}.` },
});

const TYPES: readonly ContributorType[] = [
  'individual',
  'individual',
  'individual',
  'ngo',
  'public-institution',
  'migrant-organisation',
  'business',
  'other',
];
const STATUSES: readonly ResponseStatus[] = ['accepted', 'partially-accepted', 'not-accepted', 'noted'];

/** One comment's stream: most answered, some duplicates, a few hidden or withdrawn. */
const generatedComment = (
  random: () => number,
  n: number,
  amendments: readonly DerivedAmendment[],
): Comment => {
  const measure = Math.floor(random() * SECTIONS * MEASURES_PER_SECTION);
  const target: CommentTarget =
    random() < 0.1 ? { kind: 'plan' } : { kind: 'measure', measureId: idOf(2, measure) };
  const type = TYPES[Math.floor(random() * TYPES.length)]!;
  const events: CommentEvent[] = [];
  const roll = random();
  if (roll < 0.03) events.push({ type: 'CommentWithdrawn', data: { withdrawnBy: OFFICER } });
  else if (roll < 0.05)
    events.push({ type: 'CommentHidden', data: { reason: localized(random), hiddenBy: OFFICER } });
  else if (roll < 0.15 && n > 0)
    events.push({
      type: 'CommentMarkedDuplicate',
      data: { duplicateOf: idOf(5, Math.floor(random() * n)), markedBy: OFFICER },
    });
  else {
    const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
    const cites = status === 'accepted' || status === 'partially-accepted';
    events.push({
      type: 'ResponseDrafted',
      data: {
        status,
        reason: status === 'accepted' ? null : localized(random),
        respondingUnit: 'Office for Social Affairs',
        amendmentIds: cites ? [amendments[Math.floor(random() * amendments.length)]!.amendmentId] : [],
        noAmendmentNeededBecause: null,
        bulkGroupId: null,
        draftedBy: OFFICER,
      },
    });
  }
  return fold(evolveComment, initialComment(), [
    {
      type: 'CommentSubmitted',
      data: {
        consultationId: CONSULTATION,
        planVersion: 1,
        target,
        text: `${words(random, 10 + Math.floor(random() * 80))}.`,
        language: random() < 0.8 ? 'hr' : random() < 0.5 ? 'en' : 'ar',
        contributorType: type,
        organisationName: type === 'individual' ? null : `Organisation ${n}`,
        publishedAs: random() < 0.6 ? 'anonymous' : 'named',
        channel: CHANNELS[Math.floor(random() * CHANNELS.length)]!,
        contributorId: idOf(6, n),
        enteredBy: null,
        receivedAt: new Date(Date.UTC(2027, 2, 1) + n * 60_000).toISOString(),
      },
    },
    ...events,
  ]);
};

const generatedConsultation = (amendments: readonly DerivedAmendment[]): Consultation => {
  const events: ConsultationEvent[] = [
    {
      type: 'ConsultationOpened',
      data: {
        planId: idOf(7, 0),
        planVersion: 1,
        title: { original: 'hr', texts: { hr: 'Akcijski plan', en: 'Action plan' } },
        explanation: { original: 'hr', texts: { hr: 'Svaki komentar dobiva odgovor.' } },
        opensAt: '2027-03-01T00:00:00.000Z',
        closesAt: '2027-03-31T00:00:00.000Z',
        languages: ['hr', 'en', 'ar'],
        whoMayComment: 'anyone',
        openedBy: OFFICER,
      },
    },
    // Every amendment cites a comment besides those whose responses cite it, as officers do both.
    ...amendments.map((amendment, a): ConsultationEvent => ({
      type: 'AmendmentProposed',
      data: {
        ...amendment,
        origin: 'comments',
        motivatedBy: [idOf(5, (a * 20) % COMMENTS)],
        originExplanation: null,
        proposedBy: OFFICER,
      },
    })),
    {
      type: 'OutcomePublished',
      data: {
        nextPlanVersion: 2,
        unansweredCommentIds: [],
        checkpoint: {
          position: String(COMMENTS * 3),
          treeSize: COMMENTS * 3,
          rootHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          signedAt: '2027-04-02T09:00:00.000Z',
          keyId: 'notary',
          signature: 'c2lnbmVk',
        },
        publishedBy: OFFICER,
        publishedAt: '2027-04-02T09:00:00.000Z',
      },
    },
  ];
  return fold(evolveConsultation, initialConsultation(), events);
};

const seconds = (work: () => unknown): number => {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
};

export const benchConsultationReport = async (figures: Figures): Promise<void> => {
  const random = prng(20_270_401);
  const { plan, amendments } = generatedPlan(random);
  const comments = new Map(
    Array.from(
      { length: COMMENTS },
      (_, n) => [idOf(5, n), generatedComment(random, n, amendments)] as const,
    ),
  );
  const consultation = generatedConsultation(amendments);
  const sources = {
    consultationId: CONSULTATION,
    consultation,
    comments,
    consulted: versionOf(plan, 1)!,
    next: versionOf(plan, 2)!,
  };
  let sizes = { json: 0, html: 0 };
  // The diff is part of the work: publishing builds it from the plan's versions, as the report needs it.
  const build = (): void => {
    const report = buildOutcomeReport({ ...sources, diff: planDiff(plan, 1, 2) }, 'en');
    sizes = { json: outcomeReportJson(report).length, html: outcomeReportHtml(report).length };
  };
  // The floor any report of these comments has: writing their states out as JSON, nothing resolved.
  figures['cons.report_inputs_json_10k_s'] = {
    unit: 's (comment states as JSON)',
    ...(await medianOf(RUNS, async () => seconds(() => JSON.stringify([...comments]).length))),
  };
  figures['cons.report_10k_s'] = {
    unit: `s (target < ${TARGET_S})`,
    baseline: 'cons.report_inputs_json_10k_s',
    ...(await medianOf(RUNS, async () => seconds(build))),
  };
  const value = figures['cons.report_10k_s'].value;
  console.log(
    `  ${COMMENTS} comments, ${AMENDMENTS} amendments: JSON ${(sizes.json / 1e6).toFixed(1)} MB, HTML ` +
      `${(sizes.html / 1e6).toFixed(1)} MB; report in ${value.toFixed(2)} s ` +
      `(target < ${TARGET_S}: ${value < TARGET_S ? 'met' : 'MISSED'})`,
  );
};
