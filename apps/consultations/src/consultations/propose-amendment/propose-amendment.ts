import { Conflict, Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import type { CommentsOfConsultation } from '../../comments/comment';
import { mustBeAmendable, standingAmendments, type Consultation } from '../consultation';
import type { AmendmentProposed, ConsultationEvent } from '../consultation.events';
import { measureOf, measuresOf, sectionOf, type ConsultedVersion } from '../consulted-version';

const invalid = (code: string, field: string, rule: string, message: string): Invalid =>
  new Invalid(code, message, [{ field, rule, message }]);

const checkOrigin = (
  asked: AmendmentProposed,
  consultationId: string,
  comments: CommentsOfConsultation,
): void => {
  if (asked.origin === 'elsewhere') {
    if (asked.originExplanation === null)
      throw invalid(
        'amendment.explanation-required',
        'originExplanation',
        'required',
        'say where a change no comment asked for comes from',
      );
    if (asked.motivatedBy.length > 0)
      throw invalid(
        'amendment.origin-mixed',
        'motivatedBy',
        'empty',
        'a change from elsewhere cites no comments',
      );
    return;
  }
  if (asked.motivatedBy.length === 0)
    throw invalid(
      'amendment.motivation-required',
      'motivatedBy',
      'min-items',
      'cite the comments that motivated it',
    );
  if (asked.originExplanation !== null)
    throw invalid(
      'amendment.origin-mixed',
      'originExplanation',
      'null',
      'an amendment from comments needs no other origin',
    );
  const foreign = asked.motivatedBy.filter(
    (commentId) => comments.get(commentId)?.submission?.consultationId !== consultationId,
  );
  if (foreign.length > 0)
    throw new RuleViolated('amendment.comment-not-in-consultation', 'the consultation has no such comments', {
      field: 'motivatedBy',
      commentIds: foreign,
    });
};

/** What each kind names: an added measure goes into a section; a change gives content, a removal none. */
const checkShape = (asked: AmendmentProposed, consulted: ConsultedVersion): void => {
  const existing = measureOf(consulted, asked.measureId);
  if (asked.kind === 'add') {
    if (asked.sectionId === null || !sectionOf(consulted, asked.sectionId))
      throw invalid(
        'amendment.unknown-section',
        'sectionId',
        'in-consulted-version',
        'an added measure goes into a section of the plan',
      );
    if (existing)
      throw new Conflict('amendment.measure-exists', `the plan has a measure ${asked.measureId} already`, {
        field: 'measureId',
      });
    if (asked.number === null)
      throw invalid('amendment.number-required', 'number', 'required', 'an added measure has its number');
    if (measuresOf(consulted).some((measure) => measure.number === asked.number))
      throw new Conflict('amendment.number-taken', `the plan has a measure numbered ${asked.number}`, {
        field: 'number',
      });
  } else {
    if (!existing)
      throw new NotFound(
        'amendment.unknown-measure',
        `the consulted version has no measure ${asked.measureId}`,
        {
          field: 'measureId',
        },
      );
    if (asked.sectionId !== null || asked.number !== null)
      throw invalid(
        'amendment.section-not-changed',
        'sectionId',
        'null',
        'only an added measure names its section and number',
      );
  }
  if (asked.kind === 'remove' && asked.content !== null)
    throw invalid('amendment.content', 'content', 'null', 'a removal gives no content');
  if (asked.kind !== 'remove' && asked.content === null)
    throw invalid('amendment.content', 'content', 'required', 'the measure as it will read is required');
};

/**
 * An officer proposes a change to the consulted version, from the consultation's comments or from
 * elsewhere. One standing amendment per measure: with two, the next version would depend on the
 * order they happen to be applied in.
 */
export const proposeAmendment = (
  consultation: { readonly consultationId: string; readonly state: Consultation },
  consulted: ConsultedVersion,
  comments: CommentsOfConsultation,
  asked: AmendmentProposed,
): ConsultationEvent[] => {
  const state = consultation.state;
  mustBeAmendable(state);
  if (consulted.planId !== state.opening?.planId || consulted.version !== state.opening.planVersion)
    throw new NotFound('plan.version-not-found', 'the consulted version is not the one given', {
      field: 'planVersion',
    });
  if (state.amendments.has(asked.amendmentId))
    throw new Conflict('amendment.already-proposed', 'this amendment was proposed already', {
      field: 'amendmentId',
    });
  checkOrigin(asked, consultation.consultationId, comments);
  checkShape(asked, consulted);
  const rival = standingAmendments(state).find(
    (amendment) =>
      amendment.measureId === asked.measureId || (asked.number !== null && amendment.number === asked.number),
  );
  if (rival)
    throw new Conflict(
      'amendment.measure-already-amended',
      `amendment ${rival.amendmentId} already amends this measure`,
      {
        field: 'measureId',
        amendmentId: rival.amendmentId,
      },
    );
  return [{ type: 'AmendmentProposed', data: asked }];
};
