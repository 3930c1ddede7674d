import type { OutcomeReport } from './outcome-report';

/**
 * The report as open data. The report is built with its fields in a fixed order and holds only plain
 * values, so the same outcome always gives the same bytes and can be compared or hashed as published.
 */
export const outcomeReportJson = (report: OutcomeReport): string => `${JSON.stringify(report, null, 2)}\n`;
