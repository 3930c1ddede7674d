import type { OutcomeReport } from '../outcome-report/outcome-report';
import { outcomeReportHtml } from '../outcome-report/outcome-report.html';
import { Page, time } from '../outcome-report/report-page';
import type { ReportAmendment } from './report-amendment';

interface AmendmentLabels {
  readonly heading: string;
  readonly lastAmended: string;
  readonly explanation: string;
  readonly comment: string;
  readonly hidden: string;
}

const en: AmendmentLabels = {
  heading: 'Amended after publication',
  lastAmended: 'Last amended',
  explanation:
    'This report still cites the notary checkpoint of its publication. Since then moderators have hidden ' +
    'these comments: their text is no longer shown, and they are listed with the reason among the hidden comments.',
  comment: 'Comment',
  hidden: 'hidden',
};

const hr: AmendmentLabels = {
  heading: 'Izmijenjeno nakon objave',
  lastAmended: 'Posljednja izmjena',
  explanation:
    'Izvješće i dalje navodi ovjerenu kontrolnu točku iz trenutka objave. Otada su moderatori sakrili ove ' +
    'komentare: njihov se tekst više ne prikazuje, a navedeni su s obrazloženjem među skrivenim komentarima.',
  comment: 'Komentar',
  hidden: 'skriven',
};

const CATALOGUES: Readonly<Record<string, AmendmentLabels>> = { en, hr };

/** The catalogue by the reader's primary subtag, else English, with the language it is in. */
const labelsFor = (language: string): { readonly language: string; readonly labels: AmendmentLabels } => {
  const primary = language.split('-')[0]!.toLowerCase();
  return Object.hasOwn(CATALOGUES, primary)
    ? { language: primary, labels: CATALOGUES[primary]! }
    : { language: 'en', labels: en };
};

const note = (report: OutcomeReport, amendment: ReportAmendment): string[] => {
  const page = new Page(report.language);
  const catalogue = labelsFor(report.language);
  const label = (text: string): string => page.in(catalogue.language, text);
  const { labels } = catalogue;
  return [
    '<section aria-labelledby="amended-after-publication">',
    `<h2 id="amended-after-publication">${label(labels.heading)}</h2>`,
    `<p>${label(labels.lastAmended)}: ${time(amendment.amendedAt)}. ${label(labels.explanation)}</p>`,
    '<ul>',
    ...amendment.hiddenAfterPublication.map(
      ({ number, hiddenAt }) =>
        `<li><a href="#comment-${number}">${label(labels.comment)} ${number}</a>, ${label(labels.hidden)} ${time(hiddenAt)}</li>`,
    ),
    '</ul>',
    '</section>',
  ];
};

/** The first section heading of the page, which follows the overview of the outcome. */
const FIRST_SECTION = '\n<h2>';

/**
 * The report as a web page, as published and as amended since. The note goes right after the
 * overview, where a reader looks for when the report was published, and links each comment to its
 * row among the hidden ones, where the reason is.
 */
export const publishedReportHtml = (report: OutcomeReport, amendment: ReportAmendment | null): string => {
  const html = outcomeReportHtml(report);
  if (!amendment) return html;
  const at = html.indexOf(FIRST_SECTION);
  return `${html.slice(0, at)}\n${note(report, amendment).join('\n')}${html.slice(at)}`;
};
