import { accessCodeLettersMessages } from './access-code-letters/access-code-letters.messages';
import { budgetOutcomesMessages } from './budget-outcomes/budget-outcomes.messages';
import { ballotProblemMessages } from './budgets/ballot-problems.messages';
import { ballotMessages } from './budgets/ballot.messages';
import { budgetsMessages } from './budgets/budgets.messages';
import { phaseActionMessages } from './budgets/phase-action.messages';
import { commentFormMessages } from './consultations/comment-form.messages';
import { commentMessages } from './consultations/comment.messages';
import { consultationsMessages } from './consultations/consultations.messages';
import { outcomeMessages } from './consultations/outcome.messages';
import { homeMessages } from './home/home.messages';
import { layoutMessages } from './kit/layout.messages';
import type { Catalogues } from './kit/messages';
import { meMessages } from './me/me.messages';
import { officeMessages } from './office/office.messages';
import { officeBudgetsMessages, officeCycleMessages } from './office-budgets/office-budgets.messages';
import { officeCommentFormsMessages } from './office-consultations/office-comment-forms.messages';
import { officeCommentsMessages } from './office-consultations/office-comments.messages';
import { officeConsultationsMessages } from './office-consultations/office-consultations.messages';
import { officeOutcomeMessages } from './office-consultations/office-outcome.messages';
import { projectProposalsMessages } from './project-proposals/project-proposals.messages';
import { signInMessages } from './sign-in/sign-in.messages';

/** Every slice's catalogues; a slice of pages adds its own here. */
export const WEB_MESSAGES: readonly Catalogues<string>[] = [
  layoutMessages,
  homeMessages,
  signInMessages,
  consultationsMessages,
  commentMessages,
  commentFormMessages,
  outcomeMessages,
  meMessages,
  budgetsMessages,
  ballotMessages,
  ballotProblemMessages,
  phaseActionMessages,
  ...budgetOutcomesMessages,
  ...projectProposalsMessages,
  officeMessages,
  officeBudgetsMessages,
  officeCycleMessages,
  officeConsultationsMessages,
  officeCommentsMessages,
  officeCommentFormsMessages,
  officeOutcomeMessages,
  accessCodeLettersMessages,
];
