import { Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import type { Consultation } from '../consultation';
import type { ConsultationEvent, ConsultationOpened } from '../consultation.events';
import type { ConsultedVersion } from '../consulted-version';

/**
 * Croatia's default: a public consultation lasts, as a rule, 30 days (Zakon o pravu na pristup
 * informacijama, NN 25/13, art. 11), and e-Savjetovanja announces that period up front.
 */
export const DEFAULT_PERIOD_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface OpenConsultation extends Omit<ConsultationOpened, 'opensAt' | 'closesAt'> {
  /** Absent: now. */
  readonly opensAt?: string;
  /** Absent: the default period after the opening. */
  readonly closesAt?: string;
}

const invalidPeriod = (field: string, message: string): Invalid =>
  new Invalid('consultation.invalid-period', message, [{ field, rule: 'period', message }]);

/** A consultation is held on a version that exists, for a period that is still ahead of it. */
export const openConsultation = (
  state: Consultation,
  asked: OpenConsultation,
  consulted: ConsultedVersion | undefined,
  now: Date,
): ConsultationEvent[] => {
  if (state.opened)
    throw new RuleViolated('consultation.already-opened', 'this consultation is open already');
  if (!consulted || consulted.planId !== asked.planId || consulted.version !== asked.planVersion)
    throw new NotFound('plan.version-not-found', 'no such version of this plan', { field: 'planVersion' });
  const opensAt = asked.opensAt ? new Date(asked.opensAt) : now;
  const closesAt = asked.closesAt
    ? new Date(asked.closesAt)
    : new Date(opensAt.getTime() + DEFAULT_PERIOD_DAYS * DAY_MS);
  if (closesAt.getTime() <= opensAt.getTime())
    throw invalidPeriod('closesAt', 'closesAt must come after opensAt');
  if (closesAt.getTime() <= now.getTime()) throw invalidPeriod('closesAt', 'closesAt must be in the future');
  if (new Set(asked.languages).size !== asked.languages.length)
    throw new Invalid('consultation.language-twice', 'a language is named twice', [
      { field: 'languages', rule: 'unique', message: 'each language is named once' },
    ]);
  return [
    {
      type: 'ConsultationOpened',
      data: { ...asked, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
    },
  ];
};
