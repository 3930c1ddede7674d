import { Conflict, RuleViolated } from '@commonplan/kernel';
import type { MeasureContent } from '../measure';
import {
  amend,
  findMeasure,
  latestVersion,
  measureContentOf,
  measuresOf,
  type Plan,
  type PlanContent,
} from '../plan';
import type { DerivedAmendment, PlanEvent } from '../plan.events';
import { mustExist } from '../plan.rules';
import { numberAfter } from './measure-number';

interface AmendmentBase {
  readonly amendmentId: string;
  /** For an `add`, the new measure's id: ids are minted by the caller, never here. */
  readonly measureId: string;
}

/** An amendment a consultation's outcome adopted, as the plan needs it. */
export type AdoptedAmendment =
  | (AmendmentBase & {
      readonly kind: 'add';
      readonly sectionId: string;
      readonly content: MeasureContent;
      /** The number the officer proposed; kept unless the plan ever used it, then one is chosen. */
      readonly number?: string;
    })
  | (AmendmentBase & { readonly kind: 'change'; readonly content: MeasureContent })
  | (AmendmentBase & { readonly kind: 'remove' });

export interface DeriveVersion {
  readonly fromVersion: number;
  readonly consultationId: string;
  readonly amendments: readonly AdoptedAmendment[];
  readonly derivedBy: string;
}

const refuse = (code: string, message: string, amendment: AdoptedAmendment): never => {
  throw new RuleViolated(code, message, {
    amendmentId: amendment.amendmentId,
    measureId: amendment.measureId,
  });
};

/** The measure before which an added one is numbered: the section's last, or the last one before it. */
const lastNumberUpTo = (content: PlanContent, sectionId: string): string | undefined => {
  const upTo = content.sections.findIndex((section) => section.sectionId === sectionId);
  return measuresOf({ ...content, sections: content.sections.slice(0, upTo + 1) }).at(-1)?.number;
};

interface Progress {
  readonly content: PlanContent;
  readonly numbers: ReadonlySet<string>;
  readonly removed: ReadonlySet<string>;
  readonly derived: readonly DerivedAmendment[];
}

const adopt = (plan: Plan, from: PlanContent, progress: Progress, amendment: AdoptedAmendment): Progress => {
  if (progress.derived.some((earlier) => earlier.amendmentId === amendment.amendmentId))
    refuse('plan.duplicate-amendment', 'an amendment is adopted once', amendment);
  let derived: DerivedAmendment;
  if (amendment.kind === 'add') {
    const { amendmentId, measureId, sectionId, content } = amendment;
    if (plan.measureIds.has(measureId) || findMeasure(progress.content, measureId))
      refuse(
        'plan.measure-id-taken',
        'an added measure needs an id no measure of the plan has had',
        amendment,
      );
    if (!progress.content.sections.some((section) => section.sectionId === sectionId))
      throw new RuleViolated('plan.unknown-section', 'a measure is added to a section of the plan', {
        amendmentId,
        sectionId,
      });
    const number =
      amendment.number !== undefined && !progress.numbers.has(amendment.number)
        ? amendment.number
        : numberAfter(lastNumberUpTo(progress.content, sectionId), progress.numbers);
    derived = { amendmentId, kind: 'add', measureId, sectionId, number, content: measureContentOf(content) };
  } else {
    if (progress.removed.has(amendment.measureId))
      refuse('plan.measure-already-removed', 'an earlier amendment removes this measure', amendment);
    if (!findMeasure(from, amendment.measureId))
      refuse('plan.unknown-measure', 'the amended version has no such measure', amendment);
    const { amendmentId, kind, measureId } = amendment;
    const content = amendment.kind === 'change' ? measureContentOf(amendment.content) : null;
    derived = { amendmentId, kind, measureId, sectionId: null, number: null, content };
  }
  return {
    content: amend(progress.content, [derived]),
    numbers: derived.number ? new Set([...progress.numbers, derived.number]) : progress.numbers,
    removed: derived.kind === 'remove' ? new Set([...progress.removed, derived.measureId]) : progress.removed,
    derived: [...progress.derived, derived],
  };
};

/**
 * The next version of a published plan, made by the amendments a consultation adopted, in their order.
 * Only the latest version is amended: two consultations' outcomes never silently overwrite each other.
 */
export const deriveVersion = (plan: Plan, command: DeriveVersion): PlanEvent[] => {
  mustExist(plan);
  const latest = latestVersion(plan);
  if (!latest) throw new RuleViolated('plan.not-published', 'only a published version of a plan is amended');
  if (command.fromVersion !== latest.version)
    throw new Conflict(
      'plan.not-latest-version',
      `version ${command.fromVersion} is not the plan’s latest: amendments apply to version ${latest.version}`,
      { latestVersion: latest.version },
    );
  const start: Progress = {
    content: latest.content,
    numbers: plan.measureNumbers,
    removed: new Set(),
    derived: [],
  };
  const done = command.amendments.reduce(
    (progress, amendment) => adopt(plan, latest.content, progress, amendment),
    start,
  );
  if (measuresOf(done.content).length === 0)
    throw new RuleViolated('plan.no-measures', 'these amendments would leave the plan without any measure');
  return [
    {
      type: 'PlanVersionDerived',
      data: {
        version: latest.version + 1,
        fromVersion: latest.version,
        consultationId: command.consultationId,
        amendments: [...done.derived],
        derivedBy: command.derivedBy,
      },
    },
  ];
};
