import { CHANNELS, CONTRIBUTOR_TYPES } from '../comments/comment.events';
import {
  REPORTED_STATUSES,
  type ChangedMeasure,
  type CommentReference,
  type OutcomeReport,
  type ReportedComment,
  type StatusCounts,
} from './outcome-report';
import { directionOf, escape, fieldValue, Page, table, time } from './report-page';

/** Keeps the tables readable without any script or external file: the page is one small document. */
const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;margin:1rem}table{border-collapse:collapse;margin:1rem 0}' +
  'th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:start;vertical-align:top}' +
  'caption{text-align:start;font-weight:bold}';

const link = (reference: CommentReference): string =>
  reference.number === null
    ? escape(reference.commentId)
    : `<a href="#comment-${reference.number}">${reference.number}</a>`;

const overview = (page: Page, report: OutcomeReport): string[] => {
  const { labels } = page;
  const { consultation, plan, checkpoint } = report;
  const entry = (term: string, description: string): string =>
    `<dt>${page.label(term)}</dt><dd>${description}</dd>`;
  return [
    `<h1>${page.label(labels.outcomeOf)}: ${page.shown(consultation.title)}</h1>`,
    '<dl>',
    entry(labels.plan, page.shown(plan.title)),
    entry(labels.consultedVersion, String(plan.consultedVersion)),
    entry(labels.nextVersion, String(plan.nextVersion)),
    entry(labels.period, `${time(consultation.opensAt)} – ${time(consultation.closesAt)}`),
    entry(labels.published, time(consultation.publishedAt)),
    '</dl>',
    `<h2>${page.label(labels.checkpoint)}</h2>`,
    '<dl>',
    entry(labels.position, escape(checkpoint.position)),
    entry(labels.treeSize, String(checkpoint.treeSize)),
    entry(labels.rootHash, `<code>${escape(checkpoint.rootHash)}</code>`),
    '</dl>',
  ];
};

const statistics = (page: Page, report: OutcomeReport): string[] => {
  const { labels } = page;
  const { statistics: figures } = report;
  const statusColumns = [labels.total, ...REPORTED_STATUSES.map((status) => labels.statuses[status])];
  const crossTable = (caption: string, heading: string, rows: [string, StatusCounts][]): string[] =>
    table(
      page.label(caption),
      [heading, ...statusColumns].map((column) => page.label(column)),
      rows.map(([name, counts]) => [
        page.label(name),
        String(counts.total),
        ...REPORTED_STATUSES.map((status) => String(counts[status])),
      ]),
    );
  return [
    `<h2>${page.label(labels.statistics)}</h2>`,
    ...table(
      page.label(labels.totals),
      [page.label(labels.count), page.label(labels.total)],
      (
        [
          [labels.submitted, figures.submitted],
          [labels.withdrawn, figures.withdrawn],
          [labels.hidden, figures.hidden],
          [labels.listed, figures.listed],
          [labels.duplicates, figures.duplicates],
        ] as const
      ).map(([name, count]) => [page.label(name), String(count)]),
    ),
    ...table(
      page.label(labels.byStatus),
      [page.label(labels.status), page.label(labels.count)],
      REPORTED_STATUSES.map((status) => [
        page.label(labels.statuses[status]),
        String(figures.byStatus[status]),
      ]),
    ),
    ...crossTable(
      labels.byContributorType,
      labels.contributorType,
      CONTRIBUTOR_TYPES.map((type) => [labels.contributorTypes[type], figures.byContributorType[type]]),
    ),
    ...crossTable(
      labels.byChannel,
      labels.channel,
      CHANNELS.map((channel) => [labels.channels[channel], figures.byChannel[channel]]),
    ),
  ];
};

const about = (page: Page, comment: ReportedComment, planLanguage: string): string => {
  const { target } = comment;
  const kind = page.label(page.labels.targets[target.kind]);
  if (target.measure) {
    const measure = `${kind} ${escape(target.measure.number)}: ${page.in(planLanguage, target.measure.title)}`;
    return target.passage ? `${measure}<br><q>${page.in(planLanguage, target.passage.quote)}</q>` : measure;
  }
  return target.section ? `${kind}: ${page.in(planLanguage, target.section.heading)}` : kind;
};

const commentRow = (page: Page, comment: ReportedComment, planLanguage: string): [string, ...string[]] => {
  const { labels } = page;
  const who = comment.organisationName
    ? `${page.label(labels.named)}: ${escape(comment.organisationName)}`
    : page.label(comment.publishedAs === 'named' ? labels.named : labels.anonymous);
  const status = page.label(labels.statuses[comment.status]);
  const duplicate = comment.duplicateOf
    ? `<br>${page.label(labels.duplicateOf)} ${link(comment.duplicateOf)}`
    : '';
  const reasons = [
    comment.reason ? page.shown(comment.reason) : '',
    comment.noAmendmentNeededBecause
      ? `${page.label(labels.noAmendmentNeeded)}: ${page.shown(comment.noAmendmentNeededBecause)}`
      : '',
  ].filter((part) => part !== '');
  return [
    String(comment.number),
    about(page, comment, planLanguage),
    `${page.label(labels.contributorTypes[comment.contributorType])}, ${who}<br>${page.label(labels.channels[comment.channel])}`,
    page.in(comment.language, comment.text),
    `${status}${duplicate}`,
    reasons.join('<br>') || '—',
    comment.respondingUnit ? escape(comment.respondingUnit) : '—',
    comment.amendments
      .map(
        (a) =>
          `${page.label(labels.measure)} ${escape(a.measureNumber)} ${page.label(labels.amendmentKinds[a.kind])}`,
      )
      .join('<br>') || '—',
  ];
};

const comments = (page: Page, report: OutcomeReport): string[] => {
  const { labels } = page;
  const language = report.plan.title.language;
  const columns = [
    labels.number,
    labels.about,
    labels.contributor,
    labels.comment,
    labels.status,
    labels.reason,
    labels.respondingUnit,
    labels.amendments,
  ];
  return [
    `<h2>${page.label(labels.comments)}</h2>`,
    ...table(
      page.label(labels.commentsCaption),
      columns.map((column) => page.label(column)),
      report.comments.map((comment) => commentRow(page, comment, language)),
      (index) => `comment-${report.comments[index]!.number}`,
    ),
  ];
};

const changedMeasure = (page: Page, measure: ChangedMeasure, language: string): string[] => {
  const { labels } = page;
  const name = `${page.label(labels.measure)} ${escape(measure.number)}`;
  const amendments = measure.amendments.map((a) => {
    const origin = `${page.label(labels.amendmentKinds[a.kind])}, ${page.label(labels.origins[a.origin])}`;
    return `<li>${origin}${a.originExplanation ? `: ${page.shown(a.originExplanation)}` : ''}</li>`;
  });
  return [
    `<h3>${name}: ${page.in(language, measure.title)} (${page.label(labels.changes[measure.kind])})</h3>`,
    ...table(
      `${name} ${page.label(labels.beforeAndAfter)}`,
      [labels.field, labels.before, labels.after].map((column) => page.label(column)),
      measure.fields.map(({ field, before, after }) => [
        page.label(labels.fields[field]),
        fieldValue(page, before, language),
        fieldValue(page, after, language),
      ]),
    ),
    `<p>${page.label(labels.amendments)}:</p>`,
    `<ul>${amendments.join('')}</ul>`,
    `<p>${page.label(labels.commentsBehind)}: ${measure.comments.map(link).join(', ') || '—'}</p>`,
  ];
};

const hidden = (page: Page, report: OutcomeReport): string[] => {
  const { labels } = page;
  const heading = `<h2>${page.label(labels.hiddenComments)}</h2>`;
  if (report.hiddenComments.length === 0) return [heading, `<p>${page.label(labels.none)}</p>`];
  return [
    heading,
    ...table(
      page.label(labels.hiddenCaption),
      [labels.number, labels.received, labels.contributorType, labels.channel, labels.reason].map((column) =>
        page.label(column),
      ),
      report.hiddenComments.map((comment) => [
        String(comment.number),
        time(comment.receivedAt),
        page.label(labels.contributorTypes[comment.contributorType]),
        page.label(labels.channels[comment.channel]),
        page.shown(comment.reason),
      ]),
      (index) => `comment-${report.hiddenComments[index]!.number}`,
    ),
  ];
};

/**
 * The report as one accessible page (WCAG 2.1 AA): the page's language and direction, headings in
 * order, tables with captions and scoped headers, no script. Everything from the log is escaped.
 */
export const outcomeReportHtml = (report: OutcomeReport): string => {
  const page = new Page(report.language);
  const { labels } = page;
  const planLanguage = report.plan.title.language;
  const unanswered = report.unansweredComments;
  const lines = [
    '<!doctype html>',
    `<html lang="${escape(report.language)}" dir="${directionOf(report.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(`${labels.outcomeOf}: ${report.consultation.title.text}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...overview(page, report),
    ...statistics(page, report),
    ...comments(page, report),
    `<h2>${page.label(labels.changedMeasures)}</h2>`,
    ...(report.changedMeasures.length === 0 ? [`<p>${page.label(labels.none)}</p>`] : []),
    ...report.changedMeasures.flatMap((measure) => changedMeasure(page, measure, planLanguage)),
    ...hidden(page, report),
    ...(unanswered.length === 0
      ? []
      : [`<h2>${page.label(labels.unanswered)}</h2>`, `<p>${unanswered.map(link).join(', ')}</p>`]),
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${lines.join('\n')}\n`;
};
