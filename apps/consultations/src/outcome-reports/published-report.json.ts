import type { OutcomeReport } from '../outcome-report/outcome-report';
import type { ReportAmendment } from './report-amendment';

/**
 * The report as open data, as published and as amended since: `amendedAt` is null and the list empty
 * until a comment is hidden after publication, so every report has the same fields. They follow the
 * checkpoint, which the report keeps citing, and the fields keep a fixed order, so the same log
 * always gives the same bytes.
 */
export const publishedReportJson = (report: OutcomeReport, amendment: ReportAmendment | null): string => {
  const { language, consultation, plan, checkpoint, ...rest } = report;
  const published = {
    language,
    consultation,
    plan,
    checkpoint,
    amendedAt: amendment?.amendedAt ?? null,
    hiddenAfterPublication: amendment?.hiddenAfterPublication ?? [],
    ...rest,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
};
