import { field, type FormErrors } from '../kit/forms';
import { html, type SafeHtml } from '../kit/html';
import { LANGUAGES } from '../kit/languages';
import type { PageContext } from '../kit/page-context';
import { radioGroup, selectField } from '../office/office-fields';
import { CONTRIBUTOR_TYPES } from '../consultations-api.views';
import { OFFLINE_CHANNELS, type Consultation } from './office-consultations.api';
import type { PlanVersion } from '../consultations-api.views';
import { languageName } from '../kit/localized-text';
import { instantOf, TIME_ZONE } from './office-consultations.view';
import { hasErrorsIn, type Posted } from './posted-form';

export const OFFLINE_FIELDS = [
  'target',
  'text',
  'language',
  'contributorType',
  'organisationName',
  'publishedAs',
  'channel',
  'receivedAt',
];

/** Whole plan, a section or a measure, as one choice: `section:<id>`. */
const targetChoices = (page: PageContext, plan: PlanVersion) => [
  { value: 'plan', label: page.t('office-consultations.target.plan') },
  ...plan.sections.flatMap((section) => [
    {
      value: `section:${section.sectionId}`,
      label: `${page.t('office-consultations.target.section')} ${section.heading}`,
    },
    ...section.measures.map((measure) => ({
      value: `measure:${measure.measureId}`,
      label: `${page.t('office-consultations.target.measure', { number: measure.number })} ${measure.title}`,
    })),
  ]),
];

export const offlineCommentForm = (
  page: PageContext,
  plan: PlanVersion,
  consultation: Consultation,
  errors: FormErrors,
  posted: Posted,
): SafeHtml => {
  const name = (field: string) => `offline-${field}`;
  return html`<section aria-labelledby="offline-heading" class="panel">
    <h2 id="offline-heading">${page.t('office-consultations.offline.title')}</h2>
    <details ${hasErrorsIn(errors, 'offline') ? html`open` : ''}>
      <summary>${page.t('office-consultations.offline.summary')}</summary>
      <form
        method="post"
        action="${page.href(`/office/consultations/${consultation.consultationId}/offline-comments`)}"
        novalidate
      >
        ${radioGroup(errors, {
          name: name('channel'),
          legend: page.t('office-consultations.offline.channel'),
          value: posted.text(name('channel')) || 'email',
          choices: OFFLINE_CHANNELS.map((channel) => ({
            value: channel,
            label: page.t(`office-consultations.channel.${channel}`),
          })),
        })}
        ${field(errors, {
          name: name('receivedAt'),
          label: page.t('office-consultations.offline.received'),
          hint: page.t('office-consultations.offline.received-hint', { zone: TIME_ZONE }),
          type: 'datetime-local',
          value: posted.text(name('receivedAt')),
        })}
        ${selectField(errors, {
          name: name('target'),
          label: page.t('office-consultations.offline.target'),
          value: posted.text(name('target')),
          choices: targetChoices(page, plan),
        })}
        ${selectField(errors, {
          name: name('language'),
          label: page.t('office-consultations.offline.language'),
          value: posted.text(name('language')) || consultation.languages[0],
          choices: [...new Set([...consultation.languages, ...LANGUAGES])].map((tag) => ({
            value: tag,
            label: languageName(page, tag),
          })),
        })}
        ${field(errors, {
          name: name('text'),
          label: page.t('office-consultations.offline.text'),
          value: posted.text(name('text')),
          multiline: true,
          required: true,
        })}
        ${selectField(errors, {
          name: name('contributorType'),
          label: page.t('office-consultations.offline.contributor'),
          value: posted.text(name('contributorType')),
          choices: CONTRIBUTOR_TYPES.map((type) => ({
            value: type,
            label: page.t(`office-consultations.contributor.${type}`),
          })),
        })}
        ${field(errors, {
          name: name('organisationName'),
          label: page.t('office-consultations.offline.organisation'),
          hint: page.t('office-consultations.offline.organisation-hint'),
          value: posted.text(name('organisationName')),
        })}
        ${radioGroup(errors, {
          name: name('publishedAs'),
          legend: page.t('office-consultations.offline.published-as'),
          value: posted.text(name('publishedAs')) || 'anonymous',
          choices: (['anonymous', 'named'] as const).map((as) => ({
            value: as,
            label: page.t(`office-consultations.offline.${as}`),
          })),
        })}
        <button type="submit">${page.t('office-consultations.offline.submit')}</button>
      </form>
    </details>
  </section>`;
};

/** The API's body for an offline comment; a malformed time is refused here, naming the field. */
export const offlineBody = (posted: Posted): { body: Record<string, unknown>; badTime: boolean } => {
  const name = (field: string) => `offline-${field}`;
  const [kind, id] = posted.text(name('target')).split(':');
  const receivedAt = instantOf(posted.text(name('receivedAt')));
  const organisationName = posted.text(name('organisationName'));
  return {
    badTime: receivedAt === null,
    body: {
      channel: posted.text(name('channel')),
      target:
        kind === 'section'
          ? { kind, sectionId: id }
          : kind === 'measure'
            ? { kind, measureId: id }
            : { kind: 'plan' },
      text: posted.text(name('text')),
      language: posted.text(name('language')),
      contributorType: posted.text(name('contributorType')),
      publishedAs: posted.text(name('publishedAs')),
      ...(organisationName ? { organisationName, actsForOrganisation: true } : {}),
      ...(receivedAt ? { receivedAt } : {}),
    },
  };
};
