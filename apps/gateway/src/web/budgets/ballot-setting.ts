import { html, type Markup, type SafeHtml } from '../kit/html';
import type { PageContext } from '../kit/page-context';
import type { BallotDraft } from './ballot-form';
import type { CycleView, ProjectView } from '../budgeting-api.views';
import { moneyOf } from '../kit/money';
import { content } from './localized';

/** The cycle as one voter's ballot sees it: the projects they may choose and the budget they share. */
export interface BallotSetting {
  readonly cycle: CycleView;
  readonly offered: readonly ProjectView[];
  /** Minor units: the voter's district's budget, or the city's. */
  readonly budget: bigint;
}

export const money = (page: PageContext, setting: BallotSetting, minor: bigint | string): string =>
  moneyOf(page, minor, setting.cycle.budget.currency);

export const totalOf = (setting: BallotSetting, draft: BallotDraft): bigint =>
  setting.offered
    .filter((project) => draft.has(project.projectId))
    .reduce((sum, project) => sum + BigInt(project.cost), 0n);

export const cycleTitle = (page: PageContext, cycle: CycleView): Markup =>
  cycle.title && html`<p class="lead">${content(page, cycle.title)}</p>`;
export const projectFacts = (page: PageContext, setting: BallotSetting, project: ProjectView): SafeHtml =>
  html`<span class="meta"
    >${money(page, setting, project.cost)} · ${project.district ?? page.t('budgets.citywide')}</span
  >`;
