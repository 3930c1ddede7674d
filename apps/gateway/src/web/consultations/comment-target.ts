import { isUuid } from '../kit/ids';
import type { CommentTarget, PlanVersion } from '../consultations-api.views';
import { measureIn } from './written-text';

/** What the form's `target` names: the whole plan, a section, or a measure (a passage is one's part). */
export type FormTarget =
  | { readonly kind: 'plan' }
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'measure'; readonly measureId: string };

/** `plan`, `section:<id>` or `measure:<id>`, as the consulted version has it; anything else is no target. */
export const parseTarget = (value: string, plan: PlanVersion): FormTarget | undefined => {
  if (value === 'plan') return { kind: 'plan' };
  const [kind, id = ''] = value.split(':', 2);
  if (!isUuid(id)) return undefined;
  if (kind === 'section' && plan.sections.some((section) => section.sectionId === id))
    return { kind: 'section', sectionId: id };
  if (kind === 'measure' && measureIn(plan, id)) return { kind: 'measure', measureId: id };
  return undefined;
};

export const targetValue = (target: FormTarget): string =>
  target.kind === 'plan'
    ? 'plan'
    : target.kind === 'section'
      ? `section:${target.sectionId}`
      : `measure:${target.measureId}`;

/**
 * The passage a reader quotes, as the range of the measure's text the API asks for. The script sends
 * the range it selected; someone without it types or pastes the words, found at their first place.
 */
export const passageTarget = (
  target: FormTarget,
  plan: PlanVersion,
  quote: string,
  range: { readonly start: string; readonly end: string },
): CommentTarget | 'not-in-text' => {
  if (target.kind !== 'measure' || quote === '') return target;
  const text = measureIn(plan, target.measureId)!.text;
  const start = Number(range.start);
  const end = Number(range.end);
  const selected =
    range.start !== '' &&
    Number.isSafeInteger(start) &&
    start >= 0 &&
    Number.isSafeInteger(end) &&
    text.slice(start, end) === quote;
  const at = selected ? start : text.indexOf(quote);
  if (at < 0) return 'not-in-text';
  return { kind: 'passage', measureId: target.measureId, start: at, end: at + quote.length, quote };
};
