import type { Request, Response } from 'express';
import { apiProblemPage } from '../kit/api-problem.page';
import { html, type SafeHtml } from '../kit/html';
import type { PageContext } from '../kit/page-context';
import type { Pages } from '../kit/pages';
import type { ApiProblem } from '../kit/platform-api';
import { openOfficePage } from '../office/office-access';
import type { OfficerComment } from './office-consultations.api';
import type { CommentTarget, Measure, PlanVersion } from '../consultations-api.views';
import {
  inOwnLanguage,
  languageBadge,
  shownIn,
  standingWords,
  writtenText,
  type LocalizedText,
} from '../kit/localized-text';

/** Everything here answers officers of consultations; moderation needs the moderator's badge too. */
export const openConsultationsOffice = (
  pages: Pages,
  request: Request,
  response: Response,
): PageContext | undefined => openOfficePage(pages, request, response, ['officer:consultations']);

const STANDING_KEYS = {
  'other-language': 'office-consultations.original',
  translation: 'office-consultations.translated',
} as const;

/** A comment as its author wrote it, in its own language and direction; the badge names it when not the reader's. */
export const written = (page: PageContext, text: string, language: string): SafeHtml =>
  writtenText(page, { text, language, original: true }, standingWords(page, STANDING_KEYS, language));

/**
 * Text given in several languages, in the reader's where there is one. The badge says when it is a
 * translation, or another language than the reader's, and names the original's language: an officer
 * quoting it must know which words are the city's own. With `href` the text is a link, and the badge
 * stays outside it, so the link's name is the text alone.
 */
export const localized = (page: PageContext, text: LocalizedText, href?: string): SafeHtml => {
  const shown = shownIn(page, text);
  const words = inOwnLanguage(shown);
  return html`${href ? html`<a href="${href}">${words}</a>` : words}${languageBadge(
    page,
    shown,
    standingWords(page, STANDING_KEYS, text.original),
  )}`;
};

export const measuresOf = (plan: PlanVersion): Measure[] =>
  plan.sections.flatMap((section) => section.measures);

/** What a comment is about, named as the plan names it. */
export const targetOf = (
  page: PageContext,
  target: CommentTarget | undefined,
  plan: PlanVersion,
): SafeHtml => {
  if (!target || target.kind === 'plan') return html`${page.t('office-consultations.target.plan')}`;
  if (target.kind === 'section') {
    const section = plan.sections.find((candidate) => candidate.sectionId === target.sectionId);
    return html`${page.t('office-consultations.target.section')}
      <span lang="${plan.language}" dir="auto">${section?.heading ?? ''}</span>`;
  }
  const measure = measuresOf(plan).find((candidate) => candidate.measureId === target.measureId);
  const named = html`${page.t('office-consultations.target.measure', { number: measure?.number ?? '?' })}
    <span lang="${plan.language}" dir="auto">${measure?.title ?? ''}</span>`;
  if (target.kind === 'measure') return named;
  return html`${page.t('office-consultations.target.passage')} ${named}:
    <q lang="${plan.language}" dir="auto">${target.quote}</q>`;
};

export type CommentState = 'unanswered' | 'answered' | 'hidden' | 'withdrawn';

/** Where a comment stands for the officer answering: a duplicate is answered through its original. */
export const stateOf = (comment: OfficerComment): CommentState => {
  if (comment.withdrawn) return 'withdrawn';
  if (comment.hidden) return 'hidden';
  if (comment.duplicateOf || comment.draftResponse || comment.response) return 'answered';
  return 'unanswered';
};

/** An address that names no consultation or plan is a page that does not exist, not a question for the API. */
export const NO_SUCH_PAGE = { ok: false, status: 404, code: 'page.unknown', detail: '', errors: [] } as const;

/** What the API could not give (no such consultation) or refused, told in the reader's language. */
export const problemPage = (page: PageContext, problem: ApiProblem): SafeHtml =>
  apiProblemPage(page, problem, {
    href: page.href('/office/consultations'),
    label: page.t('office-consultations.list.title'),
  });

/** Office forms take times as the city's clock shows them, the zone this server runs in. */
export const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A `datetime-local` value as an instant; undefined when empty, null when it is not a time. */
export const instantOf = (value: string): string | undefined | null => {
  if (value === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
};
