import type { HiddenComment, OutcomeReport, ReportedComment, ShownText } from './outcome-report';

export const CSV_COLUMNS = [
  'number',
  'comment_id',
  'received_at',
  'target',
  'section',
  'measure_number',
  'measure_title',
  'quote',
  'contributor_type',
  'published_as',
  'organisation_name',
  'channel',
  'language',
  'text',
  'duplicate_of',
  'status',
  'reason',
  'reason_language',
  'reason_is_original',
  'no_amendment_needed_because',
  'responding_unit',
  'amendments',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * A spreadsheet runs a cell that starts like a formula; a leading apostrophe makes it text
 * (OWASP, "CSV Injection"), so a comment cannot plant a formula in an officer's spreadsheet.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export const csvCell = (value: string): string => {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

const shown = (text: ShownText | null): Pick<Row, 'reason' | 'reason_language' | 'reason_is_original'> => ({
  reason: text?.text ?? '',
  reason_language: text?.language ?? '',
  reason_is_original: text ? String(text.original) : '',
});

const blank: Row = Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])) as Row;

const commentRow = (comment: ReportedComment): Row => ({
  ...blank,
  number: String(comment.number),
  comment_id: comment.commentId,
  received_at: comment.receivedAt,
  target: comment.target.kind,
  section: comment.target.section?.heading ?? '',
  measure_number: comment.target.measure?.number ?? '',
  measure_title: comment.target.measure?.title ?? '',
  quote: comment.target.passage?.quote ?? '',
  contributor_type: comment.contributorType,
  published_as: comment.publishedAs,
  organisation_name: comment.organisationName ?? '',
  channel: comment.channel,
  language: comment.language,
  text: comment.text,
  duplicate_of: comment.duplicateOf
    ? String(comment.duplicateOf.number ?? comment.duplicateOf.commentId)
    : '',
  status: comment.status,
  ...shown(comment.reason),
  no_amendment_needed_because: comment.noAmendmentNeededBecause?.text ?? '',
  responding_unit: comment.respondingUnit ?? '',
  amendments: comment.amendments.map((a) => `${a.kind} ${a.measureNumber}`).join('; '),
});

/** A hidden comment keeps its row and number, with the public reason and without its text. */
const hiddenRow = (comment: HiddenComment): Row => ({
  ...blank,
  number: String(comment.number),
  comment_id: comment.commentId,
  received_at: comment.receivedAt,
  contributor_type: comment.contributorType,
  channel: comment.channel,
  status: 'hidden',
  ...shown(comment.reason),
});

/**
 * One row per published comment, hidden ones included, in the order received; withdrawn comments are
 * only counted. UTF-8 with a byte-order mark, which spreadsheets need to read it as UTF-8, and CRLF
 * line ends as RFC 4180 has them.
 */
export const outcomeReportCsv = (report: OutcomeReport): string => {
  const rows = [...report.comments.map(commentRow), ...report.hiddenComments.map(hiddenRow)].sort(
    (a, b) => Number(a.number) - Number(b.number),
  );
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(',')),
  ];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
};
