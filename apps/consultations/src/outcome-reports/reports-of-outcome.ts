import { NotFound } from '@commonplan/kernel';
import type { CommentsOfConsultation } from '../comments/comment';
import type { Consultation } from '../consultations/consultation';
import { buildOutcomeReport } from '../outcome-report/build-outcome-report';
import type { OutcomeReport } from '../outcome-report/outcome-report';
import { planDiff } from '../plan-diff/plan-diff';
import { versionOf, type Plan } from '../plans/plan';

/**
 * The outcome report of a published consultation in each of its languages, the first first, from the
 * consultation, its comments and its plan as the log has them: the plan version consulted on, the one
 * the outcome made, and the diff between them with the comments its amendments cite.
 */
export const reportsOfOutcome = (
  consultationId: string,
  consultation: Consultation,
  comments: CommentsOfConsultation,
  plan: Plan,
): OutcomeReport[] => {
  const { opening, outcome } = consultation;
  if (!opening || !outcome)
    throw new NotFound(
      'outcome-report.not-published',
      'the outcome of this consultation is not published yet',
    );
  const citations = new Map(
    [...consultation.amendments.values()].map((a) => [a.amendmentId, a.motivatedBy] as const),
  );
  const consulted = versionOf(plan, opening.planVersion);
  const next = versionOf(plan, outcome.nextPlanVersion);
  if (!consulted || !next)
    throw new NotFound('plan.version-not-found', 'a version the outcome reports on is not there');
  const sources = {
    consultationId,
    consultation,
    comments,
    consulted,
    next,
    diff: planDiff(plan, opening.planVersion, outcome.nextPlanVersion, citations),
  };
  return [...new Set(opening.languages)].map((language) => buildOutcomeReport(sources, language));
};
