import { NotFound, RuleViolated } from '@commonplan/kernel';
import type { MeasureContent } from '../plans/measure';
import { measureContentOf, versionOf, type Plan, type PlanContent, type PlanVersion } from '../plans/plan';
import type { PlanMeasure, PlanSection } from '../plans/plan.events';

export type MeasureField = keyof MeasureContent;

/** One field of a measure that reads differently, with what it said before and says after. */
export type FieldChange = {
  [F in MeasureField]: {
    readonly field: F;
    readonly before: MeasureContent[F];
    readonly after: MeasureContent[F];
  };
}[MeasureField];

/** An amendment behind a difference, and the consultation that adopted it. */
export interface AmendmentTrace {
  readonly amendmentId: string;
  readonly kind: 'add' | 'change' | 'remove';
  readonly consultationId: string;
  /** The version the amendment made. */
  readonly version: number;
}

interface DifferenceBase {
  readonly measureId: string;
  readonly number: string;
  readonly section: { readonly sectionId: string; readonly heading: string };
  /** Every amendment to this measure between the two versions, oldest first. */
  readonly amendments: readonly AmendmentTrace[];
  /** The comments those amendments cite, each once, in the order the amendments cite them. */
  readonly commentIds: readonly string[];
}

export type MeasureDifference =
  | (DifferenceBase & { readonly kind: 'added'; readonly after: MeasureContent })
  | (DifferenceBase & { readonly kind: 'removed'; readonly before: MeasureContent })
  | (DifferenceBase & { readonly kind: 'changed'; readonly fields: readonly FieldChange[] });

export interface PlanDiff {
  readonly from: number;
  readonly to: number;
  readonly differences: readonly MeasureDifference[];
}

const FIELDS: readonly MeasureField[] = [
  'title',
  'text',
  'department',
  'budget',
  'targetGroups',
  'indicators',
];

const same = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, index) => same(value, b[index]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
};

const changedFields = (before: PlanMeasure, after: PlanMeasure): FieldChange[] =>
  FIELDS.filter((field) => !same(before[field], after[field])).map(
    (field) => ({ field, before: before[field], after: after[field] }) as FieldChange,
  );

const placed = (content: PlanContent): Map<string, { section: PlanSection; measure: PlanMeasure }> =>
  new Map(
    content.sections.flatMap((section) =>
      section.measures.map((measure) => [measure.measureId, { section, measure }] as const),
    ),
  );

const tracesBetween = (versions: readonly PlanVersion[]): Map<string, AmendmentTrace[]> => {
  const traces = new Map<string, AmendmentTrace[]>();
  for (const { version, derivation } of versions)
    for (const { amendmentId, kind, measureId } of derivation?.amendments ?? [])
      traces.set(measureId, [
        ...(traces.get(measureId) ?? []),
        { amendmentId, kind, consultationId: derivation!.consultationId, version },
      ]);
  return traces;
};

const mustHave = (plan: Plan, version: number): PlanVersion => {
  const found = versionOf(plan, version);
  if (!found) throw new NotFound('plan.version-not-found', `the plan has no version ${version}`, { version });
  return found;
};

/**
 * How version `to` of a plan differs from the earlier version `from`, measure by measure: what was
 * added, removed or changed (field by field), each traced to the amendments that did it across every
 * version in between and, through `citedComments` (amendment id → the comment ids it cites), to the
 * comments behind them. Unchanged measures, and measures added and removed again in between, are not
 * listed. Differences follow `to`'s order, then removed measures in `from`'s order.
 */
export const planDiff = (
  plan: Plan,
  from: number,
  to: number,
  citedComments: ReadonlyMap<string, readonly string[]> = new Map(),
): PlanDiff => {
  if (from >= to)
    throw new RuleViolated(
      'plan-diff.versions-out-of-order',
      'a diff runs from an earlier version to a later one',
      {
        from,
        to,
      },
    );
  const before = placed(mustHave(plan, from).content);
  const after = placed(mustHave(plan, to).content);
  const traces = tracesBetween(plan.versions.slice(from, to));
  const base = ({ section, measure }: { section: PlanSection; measure: PlanMeasure }): DifferenceBase => {
    const amendments = traces.get(measure.measureId) ?? [];
    const cited = amendments.flatMap(({ amendmentId }) => citedComments.get(amendmentId) ?? []);
    return {
      measureId: measure.measureId,
      number: measure.number,
      section: { sectionId: section.sectionId, heading: section.heading },
      amendments,
      commentIds: [...new Set(cited)],
    };
  };
  const differences: MeasureDifference[] = [];
  for (const [measureId, now] of after) {
    const then = before.get(measureId);
    if (!then) differences.push({ ...base(now), kind: 'added', after: measureContentOf(now.measure) });
    else {
      const fields = changedFields(then.measure, now.measure);
      if (fields.length > 0) differences.push({ ...base(now), kind: 'changed', fields });
    }
  }
  for (const [measureId, then] of before)
    if (!after.has(measureId))
      differences.push({ ...base(then), kind: 'removed', before: measureContentOf(then.measure) });
  return { from, to, differences };
};
