import type { Catalogues } from '../kit/messages';
import { countedBallotsMessages } from './counted-ballots.messages';
import { implementationMessages } from './implementation.messages';
import { resultsCheckMessages } from './results-check.messages';
import { resultsMessages } from './results.messages';

/** The slice's catalogues, one per page or two, so each file stays small enough to review. */
export const budgetOutcomesMessages: readonly Catalogues<string>[] = [
  resultsMessages,
  resultsCheckMessages,
  countedBallotsMessages,
  implementationMessages,
];
