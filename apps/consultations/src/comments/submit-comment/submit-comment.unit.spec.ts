import { Conflict, Invalid, NotAllowed, NotFound, RuleViolated } from '@commonplan/kernel';
import { initialConsultation } from '../../consultations/consultation';
import {
  AFTER,
  CLOSES_AT,
  consultationOf,
  consulted,
  DURING,
  MEASURE_ONE_STOP,
  OFFICER,
  opening,
  OPENS_AT,
  published,
  RESIDENT,
  SECTION_WELCOME,
  submission,
} from '../../consultations/consultation.fixture';
import { evolveComment, initialComment } from '../comment';
import type { CommentTarget } from '../comment.events';
import { submitComment, type Standing, type SubmitComment } from './submit-comment';

const { planVersion: _planVersion, receivedAt: _receivedAt, ...online } = submission();
const resident: Standing = { verificationLevel: 'self-declared', actsForOrganisation: false };
const TEXT = consulted.sections[0]!.measures[0]!.text;

const submit = (asked: SubmitComment = online, standing = resident, now = DURING, state = consultationOf()) =>
  submitComment(initialComment(), state, consulted, asked, standing, now);
const onTarget = (target: CommentTarget) => submit({ ...online, target });

describe('submitting a comment', () => {
  it('is taken during the period, anonymous unless asked otherwise, on the consulted version', () => {
    const { publishedAs: _publishedAs, ...unsaid } = online;
    expect(submit(unsaid)).toEqual([{ type: 'CommentSubmitted', data: submission() }]);
    expect(submit({ ...online, publishedAs: 'named' })[0]?.data).toMatchObject({ publishedAs: 'named' });
  });

  it('is refused before the opening and from the closing time on', () => {
    expect(() => submit(online, resident, new Date(OPENS_AT.getTime() - 1))).toThrow(
      expect.objectContaining({ code: 'comment.outside-period' }),
    );
    expect(() => submit(online, resident, CLOSES_AT)).toThrow(RuleViolated);
    expect(() => submit(online, resident, AFTER)).toThrow(
      expect.objectContaining({ code: 'comment.outside-period' }),
    );
  });

  it('takes a letter received in time, entered by an officer after closing, until the outcome', () => {
    const letter: SubmitComment = {
      ...online,
      channel: 'paper',
      contributorId: null,
      enteredBy: OFFICER,
      receivedAt: '2027-03-30T10:00:00.000Z',
    };
    expect(submit(letter, resident, AFTER)[0]?.data).toMatchObject({
      channel: 'paper',
      receivedAt: letter.receivedAt,
    });
    expect(() => submit({ ...letter, receivedAt: '2027-04-01T10:00:00.000Z' }, resident, AFTER)).toThrow(
      expect.objectContaining({
        code: 'comment.outside-period',
        details: expect.objectContaining({ field: 'receivedAt' }),
      }),
    );
    expect(() => submit({ ...letter, receivedAt: AFTER.toISOString() }, resident, DURING)).toThrow(Invalid);
    expect(() => submit(letter, resident, AFTER, consultationOf(published))).toThrow(
      expect.objectContaining({ code: 'consultation.outcome-published' }),
    );
    expect(() => submit({ ...letter, enteredBy: null })).toThrow(
      expect.objectContaining({ code: 'comment.entered-by-required' }),
    );
    expect(() => submit({ ...online, contributorId: null })).toThrow(
      expect.objectContaining({ code: 'comment.contributor-required' }),
    );
    expect(() => submit({ ...online, enteredBy: OFFICER })).toThrow(
      expect.objectContaining({ code: 'comment.entered-online' }),
    );
  });

  it('is on the plan, a section, a measure or a passage of the consulted version', () => {
    expect(onTarget({ kind: 'plan' })).toHaveLength(1);
    expect(onTarget({ kind: 'section', sectionId: SECTION_WELCOME })).toHaveLength(1);
    expect(() => onTarget({ kind: 'section', sectionId: RESIDENT })).toThrow(
      expect.objectContaining({
        code: 'comment.unknown-target',
        issues: [expect.objectContaining({ field: 'target.sectionId' })],
      }),
    );
    expect(() => onTarget({ kind: 'measure', measureId: RESIDENT })).toThrow(Invalid);
  });

  it('quotes a passage exactly as it stands in the measure’s text', () => {
    const start = TEXT.indexOf('one-stop shop');
    const passage = {
      kind: 'passage' as const,
      measureId: MEASURE_ONE_STOP,
      start,
      end: start + 13,
      quote: 'one-stop shop',
    };
    expect(onTarget(passage)).toEqual([{ type: 'CommentSubmitted', data: submission({ target: passage }) }]);
    const outside = (target: Partial<typeof passage>, field: string) =>
      expect(() => onTarget({ ...passage, ...target })).toThrow(
        expect.objectContaining({ code: 'comment.passage-outside-text', details: { field } }),
      );
    outside({ end: TEXT.length + 1 }, 'target.end');
    outside({ start: start + 13 }, 'target.start');
    outside({ start: -1 }, 'target.start');
    outside({ quote: 'one-stop-shop' }, 'target.quote');
    expect(onTarget({ ...passage, start: 0, end: TEXT.length, quote: TEXT })).toHaveLength(1);
  });

  it('is taken only from whom the consultation is open to', () => {
    const held = (whoMayComment: typeof opening.whoMayComment) => ({
      ...consultationOf(),
      opening: { ...opening, whoMayComment },
    });
    const none: Standing = { verificationLevel: 'none', actsForOrganisation: false };
    expect(submit(online, none)).toHaveLength(1);
    expect(() => submit(online, none, DURING, held('self-declared-residents'))).toThrow(NotAllowed);
    expect(submit(online, resident, DURING, held('self-declared-residents'))).toHaveLength(1);
    expect(() => submit(online, resident, DURING, held('verified-residents'))).toThrow(
      expect.objectContaining({ code: 'comment.not-eligible' }),
    );
    expect(
      submit(online, { ...resident, verificationLevel: 'verified' }, DURING, held('verified-residents')),
    ).toHaveLength(1);
    const ngo: SubmitComment = {
      ...online,
      contributorType: 'ngo',
      organisationName: 'Centar za mirovne studije',
    };
    const forNgo: Standing = { verificationLevel: 'none', actsForOrganisation: true };
    expect(() => submit(online, forNgo, DURING, held('organisations'))).toThrow(NotAllowed);
    expect(submit(ngo, forNgo, DURING, held('organisations'))).toHaveLength(1);
    expect(() => submit(ngo, resident)).toThrow(
      expect.objectContaining({ code: 'comment.not-for-organisation' }),
    );
  });

  it('names the organisation an organisation comments for, and none for an individual', () => {
    const forNgo: Standing = { verificationLevel: 'none', actsForOrganisation: true };
    expect(() => submit({ ...online, contributorType: 'ngo' }, forNgo)).toThrow(
      expect.objectContaining({ code: 'comment.organisation-name' }),
    );
    expect(() => submit({ ...online, organisationName: 'Are You Syrious?' })).toThrow(Invalid);
  });

  it('is in any language with a valid tag, once, in a consultation that exists', () => {
    expect(submit({ ...online, language: 'fa' })).toHaveLength(1);
    expect(() => submit({ ...online, language: 'Farsi' })).toThrow(
      expect.objectContaining({ code: 'comment.invalid-language' }),
    );
    const once = evolveComment(initialComment(), { type: 'CommentSubmitted', data: submission() });
    expect(() => submitComment(once, consultationOf(), consulted, online, resident, DURING)).toThrow(
      Conflict,
    );
    expect(() => submit(online, resident, DURING, initialConsultation())).toThrow(NotFound);
  });
});
