import { html, type Markup, type SafeHtml } from '../kit/html';
import { shownIn } from '../kit/localized-text';
import { errorSummary } from '../kit/forms';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import { content } from '../office/office-fields';
import {
  PHASES,
  type BallotBounds,
  type BallotRules,
  type CycleView,
  type Phase,
} from '../budgeting-api.views';
import { ballotRulesFields, type Values } from './office-budgets.pages';
import { confirmBox, errorsOf, reached, type CyclePage } from './cycle-page-parts';
import { paperSection, projectsSection } from './cycle-projects.pages';
import { implementationSection, tallySection } from './cycle-tally.pages';
import { moneyOf } from '../kit/money';

const phasesOf = (cycle: CycleView): Phase[] =>
  PHASES.filter((phase) => phase !== 'supports' || cycle.withSupports);

const nextPhaseOf = (cycle: CycleView): Phase | undefined => {
  const phases = phasesOf(cycle);
  return phases[phases.indexOf(cycle.phase) + 1];
};

const titleOf = (page: PageContext, cycle: CycleView): Markup =>
  cycle.title ? content(page, cycle.title) : page.t('office-budgets.untitled');

const phaseSection = (page: PageContext, data: CyclePage): SafeHtml => {
  const { cycle } = data;
  const next = nextPhaseOf(cycle);
  const errors = errorsOf(data, 'advance');
  return html`<section id="phase" aria-labelledby="phase-heading" class="panel">
    <h2 id="phase-heading">${page.t('office-budgets.phase')}</h2>
    <ol class="phases">
      ${phasesOf(cycle).map((phase) =>
        phase === cycle.phase
          ? html`<li aria-current="step">
              <strong>${page.t(`office-budgets.phase.${phase}`)}</strong>
              <span class="badge">${page.t('office-budgets.current')}</span>
            </li>`
          : html`<li>${page.t(`office-budgets.phase.${phase}`)}</li>`,
      )}
    </ol>
    ${
      cycle.phase === 'tally'
        ? html`<p>${page.t('office-budgets.advance.publish-first')}</p>`
        : next &&
          html`<form method="post" action="${page.href(`/office/budgets/${cycle.cycleId}/phase`)}" novalidate>
            ${confirmBox(
              page,
              errors,
              'advance-confirm',
              page.t('office-budgets.advance.confirm', {
                from: page.t(`office-budgets.phase.${cycle.phase}`),
                to: page.t(`office-budgets.phase.${next}`),
              }),
            )}
            <button type="submit">
              ${page.t('office-budgets.advance', { to: page.t(`office-budgets.phase.${next}`) })}
            </button>
          </form>`
    }
  </section>`;
};

const rulesSummary = (page: PageContext, cycle: CycleView): SafeHtml => {
  const rules: BallotBounds & Pick<BallotRules, 'kind'> = cycle.ballotRules;
  const bounds = [
    rules.maxChoices !== undefined && page.t('office-budgets.max-choices.is', { count: rules.maxChoices }),
    (rules.minChoices ?? 0) > 0 && page.t('office-budgets.min-choices.is', { count: rules.minChoices ?? 0 }),
    rules.minSpendShare !== undefined &&
      page.t('office-budgets.min-spend.is', { share: page.format.percent(rules.minSpendShare) }),
    rules.points !== undefined && page.t('office-budgets.points.is', { count: rules.points }),
  ].filter((bound): bound is string => typeof bound === 'string');
  return html`<dl class="facts">
    <dt>${page.t('office-budgets.kind')}</dt>
    <dd>
      ${page.t(`office-budgets.kind.${rules.kind}`)}${bounds.length > 0 && html` (${new Intl.ListFormat(page.language, { type: 'unit' }).format(bounds)})`}
    </dd>
    <dt>${page.t('office-budgets.tally-rule')}</dt>
    <dd>
      ${page.t(`office-budgets.rule.${cycle.tallyRule.rule}`)}${
        cycle.tallyRule.threshold !== undefined && html` (${page.format.number(cycle.tallyRule.threshold)})`
      }
    </dd>
    <dt>${page.t('office-budgets.eligibility')}</dt>
    <dd>
      ${page.t(`office-budgets.verification.${cycle.eligibility.verificationLevel}`)}${
        cycle.eligibility.minimumAge !== undefined &&
        html`, ${page.t('office-budgets.minimum-age.is', { age: cycle.eligibility.minimumAge })}`
      }
    </dd>
  </dl>`;
};

/** The form starts from the rules as they are, so changing one bound keeps the others. */
const currentRules = ({ ballotRules, tallyRule }: CycleView): Values => {
  const bounds: BallotBounds = ballotRules;
  return {
    'ballotRules.kind': ballotRules.kind,
    'ballotRules.maxChoices': bounds.maxChoices?.toString(),
    'ballotRules.minChoices': bounds.minChoices?.toString(),
    'ballotRules.minSpendShare':
      bounds.minSpendShare === undefined ? undefined : String(bounds.minSpendShare * 100),
    'ballotRules.points': bounds.points?.toString(),
    'tallyRule.rule': tallyRule.rule,
    'tallyRule.threshold': tallyRule.threshold?.toString(),
  };
};

const rulesSection = (page: PageContext, data: CyclePage): SafeHtml => {
  const { cycle } = data;
  const changeable = !reached(cycle, 'results');
  return html`<section id="rules" aria-labelledby="rules-heading" class="panel">
    <h2 id="rules-heading">${page.t('office-budgets.ballot-rules')}</h2>
    ${rulesSummary(page, cycle)}
    ${
      changeable &&
      html`<details ${data.refused?.form === 'rules' ? html`open` : ''}>
        <summary>${page.t('office-budgets.rules.change')}</summary>
        <p class="hint">${page.t('office-budgets.rules.locked-hint')}</p>
        <form method="post" action="${page.href(`/office/budgets/${cycle.cycleId}/ballot-rules`)}" novalidate>
          ${ballotRulesFields(page, errorsOf(data, 'rules'), data.refused?.form === 'rules' ? data.refused.values : currentRules(cycle))}
          <button type="submit">${page.t('office-budgets.rules.submit')}</button>
        </form>
      </details>`
    }
  </section>`;
};

const doneNotice = (page: PageContext, data: CyclePage): Markup =>
  data.done &&
  html`<div class="status" role="status">
    <p>${page.tOr(`office-budgets.done.${data.done}`, page.t('office-budgets.done.saved'))}</p>
    ${
      data.receipt &&
      html`<p>${page.t('office-budgets.done.receipt')} <span class="receipt">${data.receipt}</span></p>`
    }
  </div>`;

export const cyclePage = (page: PageContext, data: CyclePage): SafeHtml => {
  const { cycle } = data;
  const title = cycle.title ? shownIn(page, cycle.title).text : page.t('office-budgets.untitled');
  return layout(page, {
    title,
    main: html`<p class="meta">
        <a href="${page.href('/office/budgets')}">${page.t('office-budgets.title')}</a>
      </p>
      <h1>${titleOf(page, cycle)}</h1>
      <p class="meta">
        ${page.t('office-budgets.cycle.facts', {
          budget: moneyOf(page, cycle.budget.amount, cycle.budget.currency),
          phase: page.t(`office-budgets.phase.${cycle.phase}`),
        })}
        ${
          cycle.districts.length > 0 &&
          html`${page.t('office-budgets.districts.are')}
          ${cycle.districts.map(
            (district, index) =>
              html`${index > 0 && ', '}<span dir="auto">${district.name}</span>
                (${moneyOf(page, district.budget, cycle.budget.currency)})`,
          )}`
        }
      </p>
      ${doneNotice(page, data)} ${data.refused && errorSummary(page, data.refused.errors)}
      ${phaseSection(page, data)} ${rulesSection(page, data)} ${projectsSection(page, data)}
      ${cycle.phase === 'voting' && paperSection(page, data)}
      ${reached(cycle, 'tally') && tallySection(page, data)}
      ${cycle.phase === 'implementation' && data.results && implementationSection(page, data, data.results)}`,
  });
};
