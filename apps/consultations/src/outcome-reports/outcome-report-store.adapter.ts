import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SqlDatabase, SqlSession } from '@commonplan/event-store';
import { SQL_DATABASE } from '@commonplan/nest';
import type { OutcomeReport } from '../outcome-report/outcome-report';
import { outcomeReportCsv } from '../outcome-report/outcome-report.csv';
import { OutcomeReportRecord } from './outcome-report-record.entity';
import { publishedReportHtml } from './published-report.html';
import { publishedReportJson } from './published-report.json';
import type { ReportAmendment } from './report-amendment';

const primary = (language: string): string => language.split('-')[0]!.toLowerCase();

/**
 * The stored language a reader asking for `asked` gets: the same tag, else one of the same language
 * ("hr" for "hr-HR"), else the consultation's first.
 */
export const languageFor = (stored: readonly string[], asked: string | undefined): string | undefined => {
  if (asked === undefined) return stored[0];
  const lower = asked.toLowerCase();
  return (
    stored.find((language) => language.toLowerCase() === lower) ??
    stored.find((language) => primary(language) === primary(lower)) ??
    stored[0]
  );
};

/** The outcome reports of published consultations, one per consultation language, in every format. */
@Injectable()
export class OutcomeReportStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  /** Renders and keeps `reports` (one per language, the default first) in the publishing transaction. */
  async save(
    session: SqlSession,
    consultationId: string,
    reports: readonly OutcomeReport[],
    publishedAt: Date,
  ): Promise<void> {
    for (const [ordinal, report] of reports.entries())
      await session.query(
        `INSERT INTO consultations_outcome_reports
           (consultation_id, language, ordinal, json, csv, html, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          consultationId,
          report.language,
          ordinal,
          publishedReportJson(report, null),
          outcomeReportCsv(report),
          publishedReportHtml(report, null),
          publishedAt.toISOString(),
        ],
      );
  }

  /**
   * Replaces the published reports of a consultation with `reports` as `amendment` made them, every
   * language at once. Rebuilt whole from the log, so writing the same twice leaves the same bytes.
   */
  async amend(
    consultationId: string,
    reports: readonly OutcomeReport[],
    amendment: ReportAmendment,
  ): Promise<void> {
    await this.db.transaction(async (session) => {
      for (const report of reports)
        await session.query(
          `UPDATE consultations_outcome_reports SET json = $3, csv = $4, html = $5
            WHERE consultation_id = $1 AND language = $2`,
          [
            consultationId,
            report.language,
            publishedReportJson(report, amendment),
            outcomeReportCsv(report),
            publishedReportHtml(report, amendment),
          ],
        );
    });
  }

  /** The report in the language asked for, or the nearest one kept; undefined before publication. */
  async find(consultationId: string, language: string | undefined): Promise<OutcomeReportRecord | undefined> {
    const records = this.dataSource.getRepository(OutcomeReportRecord);
    const stored = await records.find({
      select: { language: true },
      where: { consultationId },
      order: { ordinal: 'ASC' },
    });
    const chosen = languageFor(
      stored.map((record) => record.language),
      language,
    );
    if (chosen === undefined) return undefined;
    return (await records.findOneBy({ consultationId, language: chosen })) ?? undefined;
  }
}
