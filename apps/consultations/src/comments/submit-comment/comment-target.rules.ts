import { Invalid, RuleViolated } from '@commonplan/kernel';
import { measureOf, sectionOf, type ConsultedVersion } from '../../consultations/consulted-version';
import type { CommentTarget } from '../comment.events';

const unknownTarget = (field: string, message: string): Invalid =>
  new Invalid('comment.unknown-target', message, [{ field, rule: 'in-consulted-version', message }]);

const outsideText = (field: string, message: string): RuleViolated =>
  new RuleViolated('comment.passage-outside-text', message, { field });

/**
 * A comment is about something the consulted version has; a passage is a range inside the measure's
 * text whose characters are exactly the quote, so a report quoting it can never misquote the plan.
 */
export const checkTarget = (target: CommentTarget, consulted: ConsultedVersion): void => {
  if (target.kind === 'plan') return;
  if (target.kind === 'section') {
    if (!sectionOf(consulted, target.sectionId))
      throw unknownTarget('target.sectionId', `the consulted version has no section ${target.sectionId}`);
    return;
  }
  const measure = measureOf(consulted, target.measureId);
  if (!measure)
    throw unknownTarget('target.measureId', `the consulted version has no measure ${target.measureId}`);
  if (target.kind === 'measure') return;
  const { start, end, quote } = target;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start)
    throw outsideText('target.start', 'a passage runs from a start to a later end');
  if (end > measure.text.length)
    throw outsideText('target.end', `the measure's text has only ${measure.text.length} characters`);
  if (measure.text.slice(start, end) !== quote)
    throw outsideText('target.quote', 'the quote is not the text at that range of the measure');
};
