import { Conflict, Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import type { ConsultationEvent } from '../consultation.events';
import {
  AMENDMENT,
  amendment,
  commentOf,
  commentsOf,
  CONSULTATION,
  consultationOf,
  consulted,
  MEASURE_COUNCIL,
  MEASURE_ONE_STOP,
  NEW_MEASURE,
  OFFICER,
  OTHER_CONSULTATION,
  published,
  SECTION_WELCOME,
  submission,
} from '../consultation.fixture';
import { proposeAmendment } from './propose-amendment';

const COMMENT = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const FOREIGN = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';
const comments = commentsOf({
  [COMMENT]: commentOf(submission()),
  [FOREIGN]: commentOf(submission({ consultationId: OTHER_CONSULTATION })),
});
const fromComments = { origin: 'comments' as const, motivatedBy: [COMMENT], originExplanation: null };
const propose = (asked = amendment(), ...given: ConsultationEvent[]): ConsultationEvent[] =>
  proposeAmendment(
    { consultationId: CONSULTATION, state: consultationOf(...given) },
    consulted,
    comments,
    asked,
  );

describe('proposing an amendment', () => {
  it('changes, adds or removes a measure, citing the comments behind it', () => {
    const asked = amendment(fromComments);
    expect(propose(asked)).toEqual([{ type: 'AmendmentProposed', data: asked }]);
    const added = amendment({
      kind: 'add',
      measureId: NEW_MEASURE,
      sectionId: SECTION_WELCOME,
      number: '1a',
    });
    expect(propose(added)).toEqual([{ type: 'AmendmentProposed', data: added }]);
    const removed = amendment({ kind: 'remove', measureId: MEASURE_COUNCIL, content: null });
    expect(propose(removed)).toEqual([{ type: 'AmendmentProposed', data: removed }]);
  });

  it('says where it comes from: comments of this consultation, or elsewhere with a reason', () => {
    expect(() => propose(amendment({ originExplanation: null }))).toThrow(
      expect.objectContaining({ code: 'amendment.explanation-required' }),
    );
    expect(() => propose(amendment({ ...fromComments, motivatedBy: [] }))).toThrow(
      expect.objectContaining({ code: 'amendment.motivation-required' }),
    );
    expect(() => propose(amendment({ ...fromComments, motivatedBy: [COMMENT, FOREIGN] }))).toThrow(
      expect.objectContaining({
        code: 'amendment.comment-not-in-consultation',
        details: { field: 'motivatedBy', commentIds: [FOREIGN] },
      }),
    );
    expect(() => propose(amendment({ motivatedBy: [COMMENT] }))).toThrow(
      expect.objectContaining({ code: 'amendment.origin-mixed' }),
    );
  });

  it('changes or removes only a measure of the consulted version, and adds only a new one', () => {
    expect(() => propose(amendment({ measureId: NEW_MEASURE }))).toThrow(NotFound);
    const added = { kind: 'add' as const, sectionId: SECTION_WELCOME, number: '9' };
    expect(() => propose(amendment({ ...added, measureId: MEASURE_ONE_STOP }))).toThrow(Conflict);
    expect(() => propose(amendment({ ...added, measureId: NEW_MEASURE, number: '2' }))).toThrow(
      expect.objectContaining({ code: 'amendment.number-taken' }),
    );
    expect(() => propose(amendment({ ...added, measureId: NEW_MEASURE, sectionId: NEW_MEASURE }))).toThrow(
      expect.objectContaining({ code: 'amendment.unknown-section' }),
    );
    expect(() => propose(amendment({ ...added, measureId: NEW_MEASURE, number: null }))).toThrow(Invalid);
    expect(() => propose(amendment({ sectionId: SECTION_WELCOME }))).toThrow(
      expect.objectContaining({ code: 'amendment.section-not-changed' }),
    );
    expect(() => propose(amendment({ content: null }))).toThrow(
      expect.objectContaining({ code: 'amendment.content' }),
    );
    expect(() => propose(amendment({ kind: 'remove' }))).toThrow(
      expect.objectContaining({ code: 'amendment.content' }),
    );
  });

  it('is one per measure while it stands, and once per id', () => {
    const first: ConsultationEvent = { type: 'AmendmentProposed', data: amendment() };
    const second = amendment({ amendmentId: FOREIGN });
    expect(() => propose(second, first)).toThrow(
      expect.objectContaining({
        code: 'amendment.measure-already-amended',
        details: expect.objectContaining({ amendmentId: AMENDMENT }),
      }),
    );
    expect(() => propose(amendment(), first)).toThrow(
      expect.objectContaining({ code: 'amendment.already-proposed' }),
    );
    const withdrawn: ConsultationEvent = {
      type: 'AmendmentWithdrawn',
      data: { amendmentId: AMENDMENT, withdrawnBy: OFFICER },
    };
    expect(propose(second, first, withdrawn)).toHaveLength(1);
  });

  it('is refused once the outcome is published: that would amend a published version', () => {
    expect(() => propose(amendment(), published)).toThrow(
      expect.objectContaining({
        code: 'consultation.outcome-published',
        message: 'amending a published version',
      }),
    );
    expect(() => propose(amendment(), published)).toThrow(RuleViolated);
  });
});
