import type { CommentsOfConsultation } from '../comments/comment';
import { standingAmendments, type Amendment, type Consultation } from '../consultations/consultation';
import { findMeasure, type PlanContent } from '../plans/plan';
import type { AmendmentReference } from './outcome-report';

/**
 * Which comment led to which standing amendment. Both sides may say so: an amendment names the
 * comments that motivated it, and a response names the amendments it led to; the report honours
 * either, so neither an officer's citation nor an amendment's is lost.
 */
export interface ReportLinks {
  /** Standing amendments in the order they were proposed. */
  readonly amendments: ReadonlyMap<string, Amendment>;
  readonly amendmentsOf: (commentId: string, cited: readonly string[]) => AmendmentReference[];
  /** The comments behind an amendment, from both sides, each once. */
  readonly commentsBehind: (amendmentId: string) => readonly string[];
}

const add = (index: Map<string, Set<string>>, key: string, value: string): void => {
  const values = index.get(key);
  if (values) values.add(value);
  else index.set(key, new Set([value]));
};

/** A measure's number and title as the reader meets them: after the change, or before a removal. */
const referenceTo = (amendment: Amendment, consulted: PlanContent, next: PlanContent): AmendmentReference => {
  const placed = findMeasure(next, amendment.measureId) ?? findMeasure(consulted, amendment.measureId);
  return {
    amendmentId: amendment.amendmentId,
    kind: amendment.kind,
    measureNumber: placed?.measure.number ?? amendment.number ?? '',
    measureTitle: placed?.measure.title ?? amendment.content?.title ?? '',
  };
};

export const reportLinks = (
  consultation: Consultation,
  comments: CommentsOfConsultation,
  consulted: PlanContent,
  next: PlanContent,
): ReportLinks => {
  const amendments = new Map(standingAmendments(consultation).map((a) => [a.amendmentId, a] as const));
  const references = new Map(
    [...amendments.values()].map((a) => [a.amendmentId, referenceTo(a, consulted, next)] as const),
  );
  const byComment = new Map<string, Set<string>>();
  const byAmendment = new Map<string, Set<string>>();
  for (const amendment of amendments.values())
    for (const commentId of amendment.motivatedBy) {
      add(byComment, commentId, amendment.amendmentId);
      add(byAmendment, amendment.amendmentId, commentId);
    }
  for (const [commentId, comment] of comments)
    for (const amendmentId of comment.response?.amendmentIds ?? [])
      if (amendments.has(amendmentId)) add(byAmendment, amendmentId, commentId);
  const order = new Map([...amendments.keys()].map((id, at) => [id, at] as const));
  return {
    amendments,
    amendmentsOf: (commentId, cited) => {
      const ids = new Set([...cited, ...(byComment.get(commentId) ?? [])]);
      return [...ids]
        .filter((id) => references.has(id))
        .sort((a, b) => order.get(a)! - order.get(b)!)
        .map((id) => references.get(id)!);
    },
    commentsBehind: (amendmentId) => [...(byAmendment.get(amendmentId) ?? [])],
  };
};
