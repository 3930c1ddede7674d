import type { SafeHtml } from '../kit/html';
import { shownIn } from '../kit/localized-text';
import { NO_ERRORS, type FormErrors } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import { checkboxGroup, languageChoices, selectField } from '../office/office-fields';
import {
  PHASES,
  type CycleView,
  type Phase,
  type ProjectView,
  type ResultsView,
} from '../budgeting-api.views';
import { valueOf, type Values } from './office-budgets.pages';

/** The forms of the cycle page; a refused one is shown again with its errors and what was typed. */
export type CycleForm =
  'advance' | 'rules' | 'project' | 'feasibility' | 'paper' | 'tally' | 'override' | 'publish' | 'update';

export interface CyclePage {
  readonly cycle: CycleView;
  readonly projects: readonly ProjectView[];
  readonly results?: ResultsView;
  readonly refused?: { readonly form: CycleForm; readonly errors: FormErrors; readonly values: Values };
  /** What the last form did, said once at the top of the page. */
  readonly done?: string;
  readonly receipt?: string;
  /** Sent back with a paper ballot, so posting the form twice records it once. */
  readonly ballotKey: string;
}

export const errorsOf = (data: CyclePage, form: CycleForm): FormErrors =>
  data.refused?.form === form ? data.refused.errors : NO_ERRORS;

export const valuesOf = (data: CyclePage, form: CycleForm): Values =>
  data.refused?.form === form ? data.refused.values : {};

export const reached = (cycle: CycleView, phase: Phase): boolean =>
  PHASES.indexOf(cycle.phase) >= PHASES.indexOf(phase);

export const projectChoices = (page: PageContext, projects: readonly ProjectView[]) =>
  projects.map((project) => ({
    value: project.projectId,
    label: shownIn(page, project.title).text,
  }));

export const textLanguage = (page: PageContext, errors: FormErrors, values: Values, name: string): SafeHtml =>
  selectField(errors, {
    name,
    label: page.t('office-budgets.written-in'),
    value: valueOf(values, name) || page.language,
    choices: languageChoices(page),
  });

export const confirmBox = (page: PageContext, errors: FormErrors, name: string, label: string): SafeHtml =>
  checkboxGroup(errors, {
    name,
    legend: page.t('office-budgets.confirm'),
    choices: [{ value: 'yes', label }],
    values: [],
  });
