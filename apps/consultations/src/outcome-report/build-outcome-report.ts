import { NotFound, RuleViolated } from '@commonplan/kernel';
import { answeredThrough, type Comment, type CommentsOfConsultation } from '../comments/comment';
import type { CommentSubmitted, CommentTarget } from '../comments/comment.events';
import type { Consultation, Outcome } from '../consultations/consultation';
import type { ConsultationOpened } from '../consultations/consultation.events';
import type { PlanDiff } from '../plan-diff/plan-diff';
import type { LocatedMeasure, PlanContent, PlanVersion } from '../plans/plan';
import { changedMeasures } from './changed-measures';
import {
  shownIn,
  type CommentReference,
  type HiddenComment,
  type OutcomeReport,
  type ReportedComment,
  type ReportedTarget,
} from './outcome-report';
import { reportLinks, type ReportLinks } from './report-links';
import { statisticsOf } from './report-statistics';

/** What the report is built from: the consultation, its comments, and the plan before and after. */
export interface OutcomeReportSources {
  readonly consultationId: string;
  readonly consultation: Consultation;
  /** The consultation's comments by id; comments of other consultations are left out. */
  readonly comments: CommentsOfConsultation;
  readonly consulted: PlanVersion;
  readonly next: PlanVersion;
  /** From the consulted version to the next one. */
  readonly diff: PlanDiff;
}

type Submitted = [string, Comment & { readonly submission: CommentSubmitted }];

const mustMatch = (sources: OutcomeReportSources, opening: ConsultationOpened, outcome: Outcome): void => {
  const { consultationId, consulted, next, diff } = sources;
  const matches =
    consulted.version === opening.planVersion &&
    next.version === outcome.nextPlanVersion &&
    next.derivation?.consultationId === consultationId &&
    diff.from === consulted.version &&
    diff.to === next.version &&
    diff.differences.every((d) =>
      d.amendments.every((a) => sources.consultation.amendments.has(a.amendmentId)),
    );
  if (!matches)
    throw new RuleViolated(
      'outcome-report.versions-mismatch',
      'the report is built from the consulted version, the version its outcome made and the diff between them',
      { consultationId, consulted: consulted.version, next: next.version },
    );
};

/** Comments in the order the city received them, so numbers read as a register. */
const submittedTo = (consultationId: string, comments: CommentsOfConsultation): Submitted[] =>
  [...comments]
    .filter((entry): entry is Submitted => entry[1].submission?.consultationId === consultationId)
    .map((entry) => ({ entry, at: Date.parse(entry[1].submission.receivedAt) }))
    .sort((a, b) => a.at - b.at || (a.entry[0] < b.entry[0] ? -1 : 1))
    .map(({ entry }) => entry);

/** The consulted version's sections and measures by id: every comment looks its target up. */
interface ConsultedIndex {
  readonly headings: ReadonlyMap<string, string>;
  readonly measures: ReadonlyMap<string, LocatedMeasure>;
}

const indexOf = (content: PlanContent): ConsultedIndex => ({
  headings: new Map(content.sections.map((section) => [section.sectionId, section.heading] as const)),
  measures: new Map(
    content.sections.flatMap((section) =>
      section.measures.map((measure) => [measure.measureId, { section, measure }] as const),
    ),
  ),
});

const targetOf = (target: CommentTarget, consulted: ConsultedIndex): ReportedTarget => {
  if (target.kind === 'plan') return { kind: 'plan', section: null, measure: null, passage: null };
  if (target.kind === 'section')
    return {
      kind: 'section',
      section: { sectionId: target.sectionId, heading: consulted.headings.get(target.sectionId) ?? '' },
      measure: null,
      passage: null,
    };
  const placed = consulted.measures.get(target.measureId);
  return {
    kind: target.kind,
    section: placed ? { sectionId: placed.section.sectionId, heading: placed.section.heading } : null,
    measure: {
      measureId: target.measureId,
      number: placed?.measure.number ?? '',
      title: placed?.measure.title ?? '',
    },
    passage: target.kind === 'passage' ? { start: target.start, end: target.end, quote: target.quote } : null,
  };
};

interface Context {
  readonly comments: CommentsOfConsultation;
  readonly consulted: ConsultedIndex;
  readonly links: ReportLinks;
  readonly referenceTo: (commentId: string) => CommentReference;
  readonly language: string;
}

const reported = (context: Context, [commentId, comment]: Submitted, number: number): ReportedComment => {
  const { submission } = comment;
  const response = context.comments.get(answeredThrough(commentId, context.comments))?.response;
  const named = submission.publishedAs === 'named';
  return {
    number,
    commentId,
    receivedAt: submission.receivedAt,
    target: targetOf(submission.target, context.consulted),
    contributorType: submission.contributorType,
    publishedAs: submission.publishedAs,
    organisationName: named ? submission.organisationName : null,
    channel: submission.channel,
    language: submission.language,
    text: submission.text,
    duplicateOf: comment.duplicateOf === undefined ? null : context.referenceTo(comment.duplicateOf),
    status: response?.status ?? 'unanswered',
    reason: response?.reason ? shownIn(context.language, response.reason) : null,
    noAmendmentNeededBecause: response?.noAmendmentNeededBecause
      ? shownIn(context.language, response.noAmendmentNeededBecause)
      : null,
    respondingUnit: response?.respondingUnit ?? null,
    amendments: context.links.amendmentsOf(commentId, response?.amendmentIds ?? []),
  };
};

const hiddenOf = (context: Context, [commentId, comment]: Submitted, number: number): HiddenComment => ({
  number,
  commentId,
  receivedAt: comment.submission.receivedAt,
  contributorType: comment.submission.contributorType,
  channel: comment.submission.channel,
  reason: shownIn(context.language, comment.hidden!.reason),
});

/**
 * The outcome report of a published consultation, for a reader of `language`. Comments are numbered
 * in the order received; withdrawn ones are only counted, since their contributors took them back.
 */
export const buildOutcomeReport = (sources: OutcomeReportSources, language: string): OutcomeReport => {
  const { consultationId, consultation, consulted, next } = sources;
  const { opening, outcome } = consultation;
  if (!opening) throw new NotFound('consultation.not-found', 'no such consultation');
  if (!outcome)
    throw new NotFound(
      'outcome-report.not-published',
      'the outcome of this consultation is not published yet',
    );
  mustMatch(sources, opening, outcome);
  const submitted = submittedTo(consultationId, sources.comments);
  const published = submitted.filter(([, comment]) => !comment.withdrawn);
  const numbers = new Map(published.map(([commentId], at) => [commentId, at + 1] as const));
  const referenceTo = (commentId: string): CommentReference => ({
    commentId,
    number: numbers.get(commentId) ?? null,
  });
  const links = reportLinks(consultation, sources.comments, consulted.content, next.content);
  const context: Context = {
    comments: sources.comments,
    consulted: indexOf(consulted.content),
    links,
    referenceTo,
    language,
  };
  const comments: ReportedComment[] = [];
  const hiddenComments: HiddenComment[] = [];
  published.forEach((entry, at) => {
    if (entry[1].hidden) hiddenComments.push(hiddenOf(context, entry, at + 1));
    else comments.push(reported(context, entry, at + 1));
  });
  const { checkpoint } = outcome;
  return {
    language,
    consultation: {
      consultationId,
      title: shownIn(language, opening.title),
      opensAt: opening.opensAt,
      closesAt: opening.closesAt,
      publishedAt: outcome.publishedAt.toISOString(),
      languages: [...opening.languages],
    },
    plan: {
      planId: opening.planId,
      title: { text: consulted.content.title, language: consulted.content.language, original: true },
      consultedVersion: consulted.version,
      nextVersion: next.version,
    },
    checkpoint: {
      position: checkpoint.position,
      treeSize: checkpoint.treeSize,
      rootHash: checkpoint.rootHash,
      signedAt: checkpoint.signedAt,
      keyId: checkpoint.keyId,
      signature: checkpoint.signature,
    },
    statistics: statisticsOf(comments, {
      submitted: submitted.length,
      withdrawn: submitted.length - published.length,
      hidden: hiddenComments.length,
    }),
    comments,
    changedMeasures: changedMeasures(
      sources.diff,
      next.content,
      consultation.amendments,
      links,
      referenceTo,
      language,
    ),
    hiddenComments,
    unansweredComments: outcome.unansweredCommentIds.map(referenceTo),
  };
};
