import { LANGUAGE_TAG, s, type Infer } from '@commonplan/kernel';

/** A plan's measure as residents read it and amendments change it; money is in whole minor units. */
export const measureFields = {
  title: s.string({ min: 1, max: 300 }),
  text: s.string({ min: 1, max: 20_000 }),
  department: s.nullable(s.string({ min: 1, max: 200 })),
  budget: s.nullable(
    s.object({
      amount: s.string({ min: 1, max: 20, pattern: /^\d+$/, patternName: 'minor-units' }),
      currency: s.string({ min: 3, max: 3, pattern: /^[A-Z]{3}$/, patternName: 'iso-4217' }),
    }),
  ),
  targetGroups: s.array(s.string({ min: 1, max: 120 }), { max: 50 }),
  indicators: s.array(s.string({ min: 1, max: 300 }), { max: 50 }),
};

export const measureContent = s.object(measureFields);

export type MeasureContent = Infer<typeof measureContent>;

/** The language a plan is written in; consultations may add others for comments. */
export const planLanguage = s.string({ min: 2, max: 20, pattern: LANGUAGE_TAG, patternName: 'language-tag' });
