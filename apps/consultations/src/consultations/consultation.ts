import { NotFound, RuleViolated } from '@commonplan/kernel';
import type {
  AmendmentProposed,
  Checkpoint,
  ConsultationEvent,
  ConsultationOpened,
  OutcomePublished,
} from './consultation.events';

export interface Amendment extends AmendmentProposed {
  readonly withdrawn: boolean;
}

export interface Outcome {
  readonly nextPlanVersion: number;
  readonly unansweredCommentIds: readonly string[];
  readonly checkpoint: Checkpoint;
  readonly publishedBy: string;
  readonly publishedAt: Date;
}

/** A consultation as its stream tells it; the outcome report is built from this and its comments. */
export interface Consultation {
  readonly opened: boolean;
  readonly opening?: ConsultationOpened;
  readonly opensAt?: Date;
  readonly closesAt?: Date;
  /** Set once the closing is recorded; the period ends at `closesAt` even before it is. */
  readonly closed: boolean;
  /** In the order they were proposed, withdrawn ones kept: the report shows what was considered. */
  readonly amendments: ReadonlyMap<string, Amendment>;
  readonly outcome?: Outcome;
}

export const initialConsultation = (): Consultation => ({
  opened: false,
  closed: false,
  amendments: new Map(),
});

const outcomeOf = (data: OutcomePublished): Outcome => ({ ...data, publishedAt: new Date(data.publishedAt) });

export const evolveConsultation = (state: Consultation, event: ConsultationEvent): Consultation => {
  switch (event.type) {
    case 'ConsultationOpened':
      return {
        ...state,
        opened: true,
        opening: event.data,
        opensAt: new Date(event.data.opensAt),
        closesAt: new Date(event.data.closesAt),
      };
    case 'ConsultationClosed':
      return { ...state, closed: true };
    case 'AmendmentProposed':
      return {
        ...state,
        amendments: new Map(state.amendments).set(event.data.amendmentId, {
          ...event.data,
          withdrawn: false,
        }),
      };
    case 'AmendmentWithdrawn': {
      const amendment = state.amendments.get(event.data.amendmentId);
      if (!amendment) return state;
      return {
        ...state,
        amendments: new Map(state.amendments).set(amendment.amendmentId, { ...amendment, withdrawn: true }),
      };
    }
    case 'OutcomePublished':
      return { ...state, outcome: outcomeOf(event.data) };
  }
};

/**
 * Whether `at` falls in the period: from the opening time up to, not including, the closing time.
 * The recorded closing is not asked: it only ever happens at `closesAt`.
 */
export const withinPeriod = (state: Consultation, at: Date): boolean =>
  state.opensAt !== undefined &&
  state.closesAt !== undefined &&
  at.getTime() >= state.opensAt.getTime() &&
  at.getTime() < state.closesAt.getTime();

/** Whether the period is over at `now`, recorded or not. */
export const periodOverAt = (state: Consultation, now: Date): boolean =>
  state.closed || (state.closesAt !== undefined && now.getTime() >= state.closesAt.getTime());

/** The amendments still standing: what the next version is made of. */
export const standingAmendments = (state: Consultation): Amendment[] =>
  [...state.amendments.values()].filter((amendment) => !amendment.withdrawn);

/** Amending is over once the outcome is out: the next version is published and stands as it is. */
export const mustBeAmendable = (consultation: Consultation): void => {
  if (!consultation.opened) throw new NotFound('consultation.not-found', 'no such consultation');
  if (consultation.outcome)
    throw new RuleViolated('consultation.outcome-published', 'amending a published version', {
      field: 'consultationId',
    });
};

/** The closing, once due and not yet recorded, dated at the announced time whenever it is noticed. */
export const closingIfDue = (state: Consultation, now: Date): ConsultationEvent[] =>
  state.closesAt && !state.closed && now.getTime() >= state.closesAt.getTime()
    ? [{ type: 'ConsultationClosed', data: { closedAt: state.closesAt.toISOString() } }]
    : [];
