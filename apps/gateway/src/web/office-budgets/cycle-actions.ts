import { formErrorsOf, type FormErrors } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import type { ApiProblem } from '../kit/platform-api';
import { OPENING_FIELDS } from './cycle-form';
import type { CycleForm } from './cycle-page-parts';
import type { FormReading } from './form-reading';
import { onOffer, type CycleView, type ProjectView } from '../budgeting-api.views';

/** A refusal of the API, its fields renamed to the fields of the form that asked. */
export const errorsFor = (
  page: PageContext,
  problem: ApiProblem,
  fields: Readonly<Record<string, string>>,
): FormErrors => {
  const found = formErrorsOf(page, problem, Object.keys(fields));
  return {
    byField: new Map([...found.byField].map(([name, message]) => [fields[name] ?? name, message])),
    general: found.general,
  };
};

/** The API names a changed rule by its own field (`maxChoices`) or, checking the whole, by its path. */
export const RULE_FIELDS: Readonly<Record<string, string>> = Object.fromEntries(
  OPENING_FIELDS.filter((name) => /^(ballotRules|tallyRule)\./.test(name)).flatMap((name) => [
    [name, name],
    ...(name.startsWith('ballotRules.') ? [[name.slice('ballotRules.'.length), name]] : []),
  ]),
);

/** Text an officer writes for the public, in the language they chose to write it in. */
export const writtenIn = (form: FormReading, name: string, language: string) => {
  const text = form.text(name);
  return text === '' ? undefined : { original: form.text(language), texts: { [form.text(language)]: text } };
};

/** Where the form went after success: the section it belongs to, with a word of what was done. */
export const SECTIONS: Readonly<Record<CycleForm, string>> = {
  advance: 'phase',
  rules: 'rules',
  project: 'projects',
  feasibility: 'projects',
  paper: 'paper-ballot',
  tally: 'tally',
  override: 'tally',
  publish: 'tally',
  update: 'implementation',
};

/** The choices as the cycle's ballots take them: ticked ids, ids by rank, or points per id. */
export const paperBallotOf = (form: FormReading, cycle: CycleView, projects: readonly ProjectView[]) => {
  form.required('paper-participant');
  const { kind } = cycle.ballotRules;
  const offered = projects.filter(onOffer).map((project) => project.projectId);
  const given = (prefix: string) =>
    offered
      .map((projectId) => ({ projectId, number: form.whole(`${prefix}-${projectId}`) }))
      .filter((choice): choice is { projectId: string; number: number } => (choice.number ?? 0) > 0);
  const choices =
    kind === 'cumulative'
      ? {
          points: Object.fromEntries(
            given('paper-points').map((choice) => [choice.projectId, choice.number]),
          ),
        }
      : {
          projects:
            kind === 'ranked'
              ? given('paper-rank')
                  .sort((a, b) => a.number - b.number)
                  .map((choice) => choice.projectId)
              : form.list('paper-projects'),
        };
  return { kind, participantId: form.text('paper-participant'), ...choices };
};

/** An implementation update with at most one milestone: the one the works have just reached or planned. */
export const implementationUpdateOf = (form: FormReading) => {
  const progress = form.whole('update-progress');
  if (progress === undefined) form.required('update-progress');
  form.required('update-note');
  const milestone = form.text('update-milestone');
  if (milestone !== '') form.required('update-planned');
  const reachedOn = form.text('update-reached');
  return {
    status: form.text('update-status'),
    progress,
    note: writtenIn(form, 'update-note', 'update-language'),
    milestones:
      milestone === ''
        ? []
        : [
            {
              title: writtenIn(form, 'update-milestone', 'update-language'),
              plannedFor: form.text('update-planned'),
              ...(reachedOn ? { reachedOn } : {}),
            },
          ],
  };
};

export const UPDATE_FIELDS: Readonly<Record<string, string>> = {
  status: 'update-status',
  progress: 'update-progress',
  note: 'update-note',
  'milestones.0.plannedFor': 'update-planned',
  'milestones.0.reachedOn': 'update-reached',
  milestones: 'update-milestone',
};
