import { html, type SafeHtml } from '../kit/html';
import { errorSummary, field, type FormErrors } from '../kit/forms';
import { LANGUAGES } from '../kit/languages';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { CycleView, ProjectView } from '../budgeting-api.views';
import { contentText } from '../budget-outcomes/content-text';
import { languageName } from '../kit/localized-text';
import { moneyOf } from '../kit/money';
import { cycleLine } from '../budget-outcomes/outcome-pages';
import type { ProposalForm } from './proposal-form';
import { selectField, type SelectOption } from './select-field';
import { categoryName } from '../kit/categories';

/** The site's languages first, then languages many newcomers write in; anyone may propose in any. */
const WRITTEN_IN = [
  ...LANGUAGES,
  'es',
  'pt',
  'it',
  'de',
  'nl',
  'pl',
  'ro',
  'ru',
  'tr',
  'ku',
  'ps',
  'ur',
  'hi',
  'bn',
  'so',
  'ti',
  'am',
  'sw',
  'sq',
  'sr',
  'zh',
  'vi',
  'tl',
] as const;

/** Category codes the lists and results translate; the API takes any short text. */
export const CATEGORIES = [
  'welcome',
  'green',
  'mobility',
  'culture',
  'sport',
  'education',
  'health',
  'public-space',
  'other',
] as const;

const endonym = (tag: string): string => {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

const languageOptions = (page: PageContext): SelectOption[] =>
  WRITTEN_IN.map((tag) => {
    const own = endonym(tag);
    const translated = languageName(page, tag);
    return { value: tag, label: own === translated ? own : `${own} (${translated})` };
  });

export const proposalFormPage = (
  page: PageContext,
  cycle: CycleView,
  form: ProposalForm,
  errors: FormErrors,
): SafeHtml =>
  layout(page, {
    title: page.t('project-proposals.new.title'),
    main: html`<h1>${page.t('project-proposals.new.title')}</h1>
      ${cycleLine(page, cycle)}
      <p>${page.t('project-proposals.new.intro')}</p>
      ${errorSummary(page, errors)}
      <form method="post" action="${page.href(`/budgets/${cycle.cycleId}/proposals`)}" novalidate>
        ${selectField(errors, {
          name: 'language',
          label: page.t('project-proposals.field.language'),
          hint: page.t('project-proposals.field.language-hint'),
          value: form.language,
          options: languageOptions(page),
        })}
        ${field(errors, {
          name: 'title',
          label: page.t('project-proposals.field.title'),
          hint: page.t('project-proposals.field.title-hint'),
          value: form.title,
          lang: form.language,
          required: true,
        })}
        ${field(errors, {
          name: 'description',
          label: page.t('project-proposals.field.description'),
          hint: page.t('project-proposals.field.description-hint'),
          value: form.description,
          lang: form.language,
          multiline: true,
          required: true,
        })}
        ${selectField(errors, {
          name: 'category',
          label: page.t('project-proposals.field.category'),
          value: form.category,
          options: [
            { value: '', label: page.t('project-proposals.field.category-choose') },
            ...CATEGORIES.map((code) => ({
              value: code,
              label: page.t(`project-proposals.category.${code}`),
            })),
          ],
        })}
        ${
          cycle.districts.length > 0 &&
          selectField(errors, {
            name: 'district',
            label: page.t('project-proposals.field.district'),
            hint: page.t('project-proposals.field.district-hint'),
            value: form.district,
            options: [
              { value: '', label: page.t('project-proposals.field.district-city') },
              ...cycle.districts.map((district) => ({ value: district.name, label: district.name })),
            ],
          })
        }
        ${field(errors, {
          name: 'cost',
          label: page.t('project-proposals.field.cost'),
          hint: page.t('project-proposals.field.cost-hint', {
            currency: cycle.budget.currency,
            example: page.format.number(25000),
          }),
          value: form.cost,
          inputmode: 'decimal',
          autocomplete: 'off',
          required: true,
        })}
        <fieldset>
          <legend>${page.t('project-proposals.field.place')}</legend>
          <p class="hint">${page.t('project-proposals.field.place-hint')}</p>
          ${field(errors, { name: 'placeName', label: page.t('project-proposals.field.place-name'), value: form.placeName })}
          ${field(errors, {
            name: 'latitude',
            label: page.t('project-proposals.field.latitude'),
            hint: page.t('project-proposals.field.latitude-hint'),
            value: form.latitude,
            inputmode: 'decimal',
          })}
          ${field(errors, {
            name: 'longitude',
            label: page.t('project-proposals.field.longitude'),
            hint: page.t('project-proposals.field.longitude-hint'),
            value: form.longitude,
            inputmode: 'decimal',
          })}
        </fieldset>
        <button type="submit">${page.t('project-proposals.new.submit')}</button>
      </form>`,
  });

/** Why the form is not there: the cycle has moved past its proposals phase. */
export const proposalsClosedPage = (page: PageContext, cycle: CycleView): SafeHtml =>
  layout(page, {
    title: page.t('project-proposals.closed.title'),
    main: html`<h1>${page.t('project-proposals.closed.title')}</h1>
      ${cycleLine(page, cycle)}
      <p>
        ${page.t('project-proposals.closed.body', { phase: page.t(`project-proposals.phase.${cycle.phase}`) })}
      </p>
      ${
        cycle.phase === 'supports' &&
        html`<p>
          <a href="${page.href(`/budgets/${cycle.cycleId}/proposals`)}"
            >${page.t('project-proposals.closed.to-supports')}</a
          >
        </p>`
      }`,
  });

export const proposalReceivedPage = (page: PageContext, cycle: CycleView, project: ProjectView): SafeHtml =>
  layout(page, {
    title: page.t('project-proposals.received.title'),
    main: html`<h1>${page.t('project-proposals.received.title')}</h1>
      <div class="status" role="status">
        <p>${page.t('project-proposals.received.body')}</p>
      </div>
      <section class="panel" aria-labelledby="proposal-heading">
        <h2 id="proposal-heading">${contentText(page, project.title)}</h2>
        ${contentText(page, project.description, { block: true })}
        <p class="meta">
          ${categoryName(page, project.category)} ·
          ${project.district ?? page.t('project-proposals.field.district-city')} ·
          ${moneyOf(page, project.costEstimate, cycle.budget.currency)}
        </p>
      </section>
      <h2>${page.t('project-proposals.received.next-heading')}</h2>
      <p>${page.t('project-proposals.received.next-body')}</p>
      <p>
        <a href="${page.href(`/budgets/${cycle.cycleId}`)}"
          >${page.t('project-proposals.received.to-cycle')}</a
        >
      </p>`,
  });
