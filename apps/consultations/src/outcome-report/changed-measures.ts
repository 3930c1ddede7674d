import type { Amendment } from '../consultations/consultation';
import type { MeasureDifference, MeasureField, PlanDiff } from '../plan-diff/plan-diff';
import type { MeasureContent } from '../plans/measure';
import { findMeasure, type PlanContent } from '../plans/plan';
import {
  shownIn,
  type ChangedMeasure,
  type CommentReference,
  type ReportedFieldChange,
} from './outcome-report';
import type { ReportLinks } from './report-links';

/** A measure's fields in the order residents read them. */
export const MEASURE_FIELDS: readonly MeasureField[] = [
  'title',
  'text',
  'department',
  'budget',
  'targetGroups',
  'indicators',
];

const everyField = (content: MeasureContent, side: 'before' | 'after'): ReportedFieldChange[] =>
  MEASURE_FIELDS.map((field) =>
    side === 'before'
      ? { field, before: content[field], after: null }
      : { field, before: null, after: content[field] },
  );

const fieldsOf = (difference: MeasureDifference): ReportedFieldChange[] => {
  switch (difference.kind) {
    case 'added':
      return everyField(difference.after, 'after');
    case 'removed':
      return everyField(difference.before, 'before');
    case 'changed':
      return difference.fields.map(({ field, before, after }) => ({ field, before, after }));
  }
};

const titleOf = (difference: MeasureDifference, next: PlanContent): string => {
  switch (difference.kind) {
    case 'added':
      return difference.after.title;
    case 'removed':
      return difference.before.title;
    case 'changed':
      return findMeasure(next, difference.measureId)?.measure.title ?? '';
  }
};

/**
 * Every measure the outcome changed, as the plan diff finds it, with the amendments that changed it
 * and every comment behind them: those the diff traced and those linked either way in this consultation.
 */
export const changedMeasures = (
  diff: PlanDiff,
  next: PlanContent,
  amendments: ReadonlyMap<string, Amendment>,
  links: ReportLinks,
  referenceTo: (commentId: string) => CommentReference,
  language: string,
): ChangedMeasure[] =>
  diff.differences.map((difference) => {
    const behind = new Set([
      ...difference.commentIds,
      ...difference.amendments.flatMap(({ amendmentId }) => links.commentsBehind(amendmentId)),
    ]);
    return {
      measureId: difference.measureId,
      number: difference.number,
      title: titleOf(difference, next),
      section: { sectionId: difference.section.sectionId, heading: difference.section.heading },
      kind: difference.kind,
      fields: fieldsOf(difference),
      amendments: difference.amendments.map(({ amendmentId, kind }) => {
        const { origin, originExplanation } = amendments.get(amendmentId)!;
        return {
          amendmentId,
          kind,
          origin,
          originExplanation: originExplanation ? shownIn(language, originExplanation) : null,
        };
      }),
      comments: [...behind]
        .map(referenceTo)
        .sort(
          (a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || (a.commentId < b.commentId ? -1 : 1),
        ),
    };
  });
