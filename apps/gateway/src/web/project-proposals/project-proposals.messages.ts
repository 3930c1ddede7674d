import type { Catalogues } from '../kit/messages';
import { proposalChoicesMessages } from './proposal-choices.messages';
import { proposalFormMessages } from './proposal-form.messages';
import { proposalsMessages } from './proposals.messages';

/** The slice's catalogues, split so each file stays small enough to review. */
export const projectProposalsMessages: readonly Catalogues<string>[] = [
  proposalFormMessages,
  proposalChoicesMessages,
  proposalsMessages,
];
