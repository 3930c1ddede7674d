import {
  Conflict,
  Invalid,
  LANGUAGE_TAG,
  NotAllowed,
  NotFound,
  RuleViolated,
  type VerificationLevel,
} from '@commonplan/kernel';
import { withinPeriod, type Consultation } from '../../consultations/consultation';
import type { WhoMayComment } from '../../consultations/consultation.events';
import type { ConsultedVersion } from '../../consultations/consulted-version';
import type { Comment } from '../comment';
import type { CommentEvent, CommentSubmitted } from '../comment.events';
import { checkTarget } from './comment-target.rules';

/**
 * What identity vouches for about whoever comments. For an offline comment it is what the officer
 * entering it checked (an ID shown at a meeting, a letter on an NGO's letterhead).
 */
export interface Standing {
  readonly verificationLevel: VerificationLevel;
  readonly actsForOrganisation: boolean;
}

export type SubmitComment = Omit<CommentSubmitted, 'planVersion' | 'receivedAt' | 'publishedAs'> & {
  /** Anonymous unless the contributor asks otherwise. */
  readonly publishedAs?: CommentSubmitted['publishedAs'];
  /** Offline only, when it came in before it is entered; absent: now. */
  readonly receivedAt?: string;
};

const ORGANISATIONS = new Set(['ngo', 'public-institution', 'migrant-organisation', 'business']);

const invalid = (code: string, field: string, rule: string, message: string): Invalid =>
  new Invalid(code, message, [{ field, rule, message }]);

const STANDING_ASKED: Record<WhoMayComment, (standing: Standing) => boolean> = {
  anyone: () => true,
  'self-declared-residents': (standing) => standing.verificationLevel !== 'none',
  'verified-residents': (standing) => standing.verificationLevel === 'verified',
  organisations: (standing) => standing.actsForOrganisation,
};

/** Online comments come from a signed-in contributor; offline ones are entered by an officer. */
const checkChannel = (asked: SubmitComment): void => {
  if (asked.channel === 'online') {
    if (asked.contributorId === null)
      throw invalid(
        'comment.contributor-required',
        'contributorId',
        'required',
        'an online comment has a contributor',
      );
    if (asked.enteredBy !== null || asked.receivedAt !== undefined)
      throw invalid(
        'comment.entered-online',
        'enteredBy',
        'online',
        'an online comment is not entered by an officer',
      );
    return;
  }
  if (asked.enteredBy === null)
    throw invalid(
      'comment.entered-by-required',
      'enteredBy',
      'required',
      'an officer enters an offline comment',
    );
};

const checkContributor = (asked: SubmitComment, standing: Standing, who: WhoMayComment): void => {
  const organisation = ORGANISATIONS.has(asked.contributorType);
  if (organisation && asked.organisationName === null)
    throw invalid(
      'comment.organisation-name',
      'organisationName',
      'required',
      'an organisation comments under its name',
    );
  if (asked.contributorType === 'individual' && asked.organisationName !== null)
    throw invalid(
      'comment.organisation-name',
      'organisationName',
      'individual',
      'an individual names no organisation',
    );
  if (organisation && !standing.actsForOrganisation)
    throw new NotAllowed('comment.not-for-organisation', 'you do not act for an organisation', {
      field: 'contributorType',
    });
  if (!STANDING_ASKED[who](standing) || (who === 'organisations' && !organisation))
    throw new NotAllowed('comment.not-eligible', `this consultation takes comments from ${who}`, {
      field: 'standing.verificationLevel',
      whoMayComment: who,
    });
};

const receivedAtOf = (asked: SubmitComment, now: Date): Date => {
  const receivedAt = asked.receivedAt === undefined ? now : new Date(asked.receivedAt);
  if (Number.isNaN(receivedAt.getTime()) || receivedAt.getTime() > now.getTime())
    throw invalid('comment.invalid-received-at', 'receivedAt', 'past', 'receivedAt is a time not after now');
  return receivedAt;
};

/**
 * A comment is taken within the consultation's period, from someone the consultation is open to, on
 * something the consulted version has. Any language is welcome, whatever the consultation is offered
 * in: turning away a comment written in Farsi would silence the very residents a city wants to hear.
 */
export const submitComment = (
  comment: Comment,
  consultation: Consultation,
  consulted: ConsultedVersion,
  asked: SubmitComment,
  standing: Standing,
  now: Date,
): CommentEvent[] => {
  if (comment.submitted)
    throw new Conflict('comment.already-submitted', 'this comment was submitted already');
  const opening = consultation.opening;
  if (!opening)
    throw new NotFound('consultation.not-found', 'no such consultation', { field: 'consultationId' });
  if (consulted.planId !== opening.planId || consulted.version !== opening.planVersion)
    throw new NotFound('plan.version-not-found', 'the consulted version is not the one given', {
      field: 'planVersion',
    });
  if (consultation.outcome)
    throw new RuleViolated(
      'consultation.outcome-published',
      'the outcome of this consultation is published',
      {
        field: 'consultationId',
      },
    );
  checkChannel(asked);
  const receivedAt = receivedAtOf(asked, now);
  if (!withinPeriod(consultation, receivedAt))
    throw new RuleViolated('comment.outside-period', 'the consultation does not take comments at this time', {
      field: asked.receivedAt === undefined ? 'submittedAt' : 'receivedAt',
      opensAt: opening.opensAt,
      closesAt: opening.closesAt,
    });
  if (!LANGUAGE_TAG.test(asked.language))
    throw invalid('comment.invalid-language', 'language', 'language-tag', 'language must be a language tag');
  checkContributor(asked, standing, opening.whoMayComment);
  checkTarget(asked.target, consulted);
  const { receivedAt: _asked, ...submission } = asked;
  return [
    {
      type: 'CommentSubmitted',
      data: {
        ...submission,
        publishedAs: asked.publishedAs ?? 'anonymous',
        planVersion: opening.planVersion,
        receivedAt: receivedAt.toISOString(),
      },
    },
  ];
};
