import { LANGUAGE_TAG, s } from '@commonplan/kernel';

/** Text in several languages with the one it was written in marked, so translations never pass for it. */
export const localizedText = s.object({
  original: s.string({ min: 2, max: 20, pattern: LANGUAGE_TAG, patternName: 'language-tag' }),
  texts: s.json(),
});

/** Money in whole minor units (cents), as text: budgets outgrow what a JSON number holds exactly. */
export const minorUnits = s.string({ min: 1, max: 20, pattern: /^\d+$/, patternName: 'minor-units' });
