import type { Request } from 'express';
import { formList, formText } from '../kit/form-body';
import type { PageContext } from '../kit/page-context';
import type { FormErrors } from '../kit/forms';
import type { BallotChoices, BallotKind, BallotReceipt, ProjectView } from '../budgeting-api.views';

/**
 * What the voter entered, per project id, as the form shows it again: 'on' for a ticked box, the rank
 * or the points as typed. The ballot form, the review page's hidden fields and a refused cast all
 * carry this one shape, so a choice survives every step back and forth.
 */
export type BallotDraft = ReadonlyMap<string, string>;

export const EMPTY_DRAFT: BallotDraft = new Map();

/** Field names: ticked boxes share `project`; a rank or points field per project. */
export const draftField = (kind: BallotKind, projectId: string): string =>
  kind === 'ranked' ? `rank-${projectId}` : kind === 'cumulative' ? `points-${projectId}` : 'project';

export const draftFromForm = (
  request: Request,
  kind: BallotKind,
  offered: readonly ProjectView[],
): BallotDraft => {
  if (kind === 'approval' || kind === 'knapsack') {
    const ticked = new Set(formList(request, 'project'));
    return new Map(
      offered.filter((project) => ticked.has(project.projectId)).map((project) => [project.projectId, 'on']),
    );
  }
  return new Map(
    offered
      .map((project) => [project.projectId, formText(request, draftField(kind, project.projectId))] as const)
      .filter(([, value]) => value !== ''),
  );
};

export const draftFromReceipt = (receipt: BallotReceipt): BallotDraft => {
  const { kind, projects, points } = receipt.ballot;
  if (kind === 'cumulative') return new Map(projects.map((id, index) => [id, String(points?.[index] ?? 0)]));
  if (kind === 'ranked') return new Map(projects.map((id, index) => [id, String(index + 1)]));
  return new Map(projects.map((id) => [id, 'on']));
};

const WHOLE = /^\d{1,7}$/;

/**
 * The ballot the draft stands for, or what in its shape no ballot could hold: the same rank twice,
 * points that are not whole numbers. Whether the ballot keeps the cycle's rules is the API's to say.
 */
export const choicesOf = (
  page: PageContext,
  kind: BallotKind,
  draft: BallotDraft,
): { readonly choices: BallotChoices } | { readonly errors: FormErrors } => {
  const entries = [...draft];
  switch (kind) {
    case 'approval':
    case 'knapsack':
      return { choices: { kind, projects: entries.map(([id]) => id) } };
    case 'ranked': {
      if (entries.some(([, rank]) => !WHOLE.test(rank) || Number(rank) < 1))
        return fieldError('projects', page.t('budgets.ballot.rank-number'));
      const ranks = entries.map(([, rank]) => Number(rank));
      if (new Set(ranks).size !== ranks.length)
        return fieldError('projects', page.t('budgets.ballot.rank-twice'));
      const ordered = [...entries].sort(([, a], [, b]) => Number(a) - Number(b));
      return { choices: { kind, projects: ordered.map(([id]) => id) } };
    }
    case 'cumulative': {
      if (entries.some(([, points]) => !WHOLE.test(points)))
        return fieldError('points', page.t('budgets.ballot.points-whole'));
      const given = entries.filter(([, points]) => Number(points) > 0);
      return {
        choices: { kind, points: Object.fromEntries(given.map(([id, points]) => [id, Number(points)])) },
      };
    }
  }
};

const fieldError = (field: string, message: string): { readonly errors: FormErrors } => ({
  errors: { byField: new Map([[field, message]]), general: [] },
});
