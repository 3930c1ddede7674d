import { html, type Markup, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { ConsultationDetail, PublicComment, Response } from './consultations.api';
import type { ConsultationSummary, Measure, PlanSection, PlanVersion } from '../consultations-api.views';
import { languageName, shownIn } from '../kit/localized-text';
import { budgetOf, localizedInline, quoted, targetLabel, writtenBlock } from './written-text';

/** Where a consultation stands, in words: colour never carries it alone. */
export const statusLine = (page: PageContext, consultation: ConsultationSummary): string => {
  const params = {
    opens: page.format.date(consultation.opensAt),
    closes: page.format.date(consultation.closesAt),
  };
  return page.t(`consultations.status.${consultation.status}`, params);
};

const summaryCard = (page: PageContext, consultation: ConsultationSummary): SafeHtml =>
  html`<li>
    <h3>
      <a href="${page.href(`/consultations/${consultation.consultationId}`)}"
        >${localizedInline(page, consultation.title)}</a
      >
    </h3>
    <p class="meta">${statusLine(page, consultation)}</p>
  </li>`;

export const consultationListPage = (
  page: PageContext,
  consultations: readonly ConsultationSummary[],
): SafeHtml => {
  const current = consultations.filter(({ status }) => status === 'open' || status === 'upcoming');
  const past = consultations.filter(({ status }) => status === 'closed' || status === 'outcome-published');
  const group = (heading: string, items: readonly ConsultationSummary[], id: string): SafeHtml =>
    html`<section aria-labelledby="${id}">
      <h2 id="${id}">${heading}</h2>
      ${
        items.length === 0
          ? html`<p>${page.t('consultations.list.none')}</p>`
          : html`<ul class="cards">
              ${items.map((consultation) => summaryCard(page, consultation))}
            </ul>`
      }
    </section>`;
  return layout(page, {
    title: page.t('consultations.list.title'),
    main: html`<h1>${page.t('consultations.list.title')}</h1>
      <p>${page.t('consultations.list.intro')}</p>
      ${group(page.t('consultations.list.open'), current, 'open-heading')}
      ${group(page.t('consultations.list.past'), past, 'past-heading')}`,
  });
};

const commentLink = (page: PageContext, consultationId: string, target: string, label: string): SafeHtml =>
  html`<a
    class="button secondary"
    href="${page.href(`/consultations/${consultationId}/comments/new?target=${target}`)}"
    >${label}</a
  >`;

const measureFacts = (page: PageContext, measure: Measure, language: string): Markup => {
  const facts: [string, Markup][] = [];
  if (measure.department)
    facts.push([
      page.t('consultations.measure.department'),
      html`<span lang="${language}" dir="auto">${measure.department}</span>`,
    ]);
  if (measure.budget) facts.push([page.t('consultations.measure.budget'), budgetOf(page, measure.budget)]);
  const list = (items: readonly string[]): SafeHtml =>
    html`<ul lang="${language}" dir="auto">
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  if (measure.targetGroups.length > 0)
    facts.push([page.t('consultations.measure.target-groups'), list(measure.targetGroups)]);
  if (measure.indicators.length > 0)
    facts.push([page.t('consultations.measure.indicators'), list(measure.indicators)]);
  if (facts.length === 0) return undefined;
  return html`<dl class="consultation-facts">
    ${facts.map(
      ([term, value]) =>
        html`<dt>${term}</dt>
          <dd>${value}</dd>`,
    )}
  </dl>`;
};

const measureBlock = (
  page: PageContext,
  measure: Measure,
  plan: PlanVersion,
  consultation: ConsultationDetail,
  counted: number,
): SafeHtml => {
  const headingId = `measure-${measure.measureId}`;
  const open = consultation.status === 'open';
  return html`<article class="measure" aria-labelledby="${headingId}" data-measure="${measure.measureId}">
    <h4 id="${headingId}">
      ${page.t('consultations.target.measure', { number: measure.number })}:
      <span lang="${plan.language}" dir="auto">${measure.title}</span>
    </h4>
    <p class="measure-text" lang="${plan.language}" dir="auto" data-measure-text>${measure.text}</p>
    ${measureFacts(page, measure, plan.language)}
    <p class="meta">${page.t('consultations.measure.comments', { count: counted })}</p>
    ${
      open &&
      html`<p class="actions" data-comment-actions>
        ${commentLink(page, consultation.consultationId, `measure:${measure.measureId}`, page.t('consultations.comment-on.measure'))}
      </p>`
    }
  </article>`;
};

const sectionBlock = (
  page: PageContext,
  section: PlanSection,
  plan: PlanVersion,
  consultation: ConsultationDetail,
  counts: ReadonlyMap<string, number>,
): SafeHtml =>
  html`<section class="plan-section" aria-labelledby="section-${section.sectionId}">
    <h3 id="section-${section.sectionId}" lang="${plan.language}" dir="auto">${section.heading}</h3>
    ${section.introduction && html`<p class="introduction" lang="${plan.language}" dir="auto">${section.introduction}</p>`}
    ${
      consultation.status === 'open' &&
      html`<p>
        ${commentLink(page, consultation.consultationId, `section:${section.sectionId}`, page.t('consultations.comment-on.section'))}
      </p>`
    }
    ${section.measures.map((measure) =>
      measureBlock(page, measure, plan, consultation, counts.get(measure.measureId) ?? 0),
    )}
  </section>`;

export const responseBlock = (page: PageContext, response: Response | null): SafeHtml => {
  if (!response)
    return html`<div class="response">
      <p>
        <strong>${page.t('consultations.response.title')}</strong> ${page.t('consultations.response.none')}
      </p>
    </div>`;
  return html`<div class="response">
    <p>
      <strong>${page.t('consultations.response.title')}</strong>
      ${page.t(`consultations.response.status.${response.status}`)}
      <span class="meta">(${page.t('consultations.response.unit', { unit: response.respondingUnit })})</span>
    </p>
    ${response.reason && shownReason(page, response.reason)}
    ${response.noAmendmentNeededBecause && shownReason(page, response.noAmendmentNeededBecause)}
  </div>`;
};

const shownReason = (page: PageContext, reason: NonNullable<Response['reason']>): SafeHtml => {
  const shown = shownIn(page, reason);
  return writtenBlock(page, shown.text, shown.language, shown.original);
};

const commentItem = (page: PageContext, comment: PublicComment, plan: PlanVersion): SafeHtml => {
  const received = page.format.date(comment.receivedAt);
  if (comment.hidden)
    return html`<li class="comment">
      <p class="meta">${received}</p>
      <p>${page.t('consultations.comment.hidden')} ${localizedInline(page, comment.hidden.reason)}</p>
    </li>`;
  const contributor = comment.contributor!;
  return html`<li class="comment">
    <p class="meta">
      ${targetLabel(page, comment.target!, plan)} · ${page.t(`consultations.contributor.${contributor.type}`)}
      ${contributor.organisationName && html`(<span dir="auto">${contributor.organisationName}</span>)`} ·
      ${received}
    </p>
    ${comment.target!.kind === 'passage' && quoted(page, comment.target!.quote, plan.language)}
    ${writtenBlock(page, comment.text!, comment.language!)}
    ${comment.response !== undefined && responseBlock(page, comment.response)}
  </li>`;
};

const facts = (page: PageContext, consultation: ConsultationDetail): SafeHtml =>
  html`<dl class="consultation-facts">
    <dt>${page.t('consultations.detail.period')}</dt>
    <dd>
      ${page.t('consultations.detail.period-value', {
        opens: page.format.dateTime(consultation.opensAt),
        closes: page.format.dateTime(consultation.closesAt),
      })}
    </dd>
    <dt>${page.t('consultations.detail.who')}</dt>
    <dd>${page.t(`consultations.who.${consultation.whoMayComment}`)}</dd>
    <dt>${page.t('consultations.detail.languages')}</dt>
    <dd>${consultation.languages.map((tag) => languageName(page, tag)).join(', ')}</dd>
    <dt>${page.t('consultations.detail.use')}</dt>
    <dd>${localizedInline(page, consultation.explanation)}</dd>
  </dl>`;

const nextSteps = (page: PageContext, consultation: ConsultationDetail): Markup => {
  const id = consultation.consultationId;
  if (consultation.status === 'open')
    return html`<p class="actions">
      ${commentLink(page, id, 'plan', page.t('consultations.comment-on.plan'))}
    </p>`;
  if (consultation.status === 'outcome-published')
    return html`<p class="actions">
      <a class="button" href="${page.href(`/consultations/${id}/outcome`)}"
        >${page.t('consultations.detail.outcome')}</a
      >
    </p>`;
  return undefined;
};

export const consultationPage = (
  page: PageContext,
  consultation: ConsultationDetail,
  plan: PlanVersion,
  comments: readonly PublicComment[],
): SafeHtml => {
  const counts = new Map<string, number>();
  for (const comment of comments)
    if (comment.target && 'measureId' in comment.target)
      counts.set(comment.target.measureId, (counts.get(comment.target.measureId) ?? 0) + 1);
  const title = shownIn(page, consultation.title).text;
  const open = consultation.status === 'open';
  return layout(page, {
    title,
    scripts: open ? ['commenting.js'] : [],
    main: html`<h1>${localizedInline(page, consultation.title)}</h1>
      <p class="status">${statusLine(page, consultation)}</p>
      ${facts(page, consultation)} ${nextSteps(page, consultation)}
      ${open && html`<p class="hint no-print">${page.t('consultations.detail.select-hint')}</p>`}
      <section
        aria-labelledby="plan-heading"
        class="plan"
        data-consultation="${consultation.consultationId}"
        data-select-label="${page.t('consultations.comment-on.selection')}"
        data-comment-path="${page.href(`/consultations/${consultation.consultationId}/comments/new`)}"
      >
        <h2 id="plan-heading">
          ${page.t('consultations.detail.plan', { version: plan.version })}:
          <span lang="${plan.language}" dir="auto">${plan.title}</span>
        </h2>
        ${plan.summary && html`<p lang="${plan.language}" dir="auto">${plan.summary}</p>`}
        ${plan.sections.map((section) => sectionBlock(page, section, plan, consultation, counts))}
      </section>
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">${page.t('consultations.detail.comments', { count: comments.length })}</h2>
        ${
          comments.length === 0
            ? html`<p>${page.t('consultations.detail.no-comments')}</p>`
            : html`<ol class="comments comment-list">
                ${comments.map((comment) => commentItem(page, comment, plan))}
              </ol>`
        }
      </section>`,
  });
};
