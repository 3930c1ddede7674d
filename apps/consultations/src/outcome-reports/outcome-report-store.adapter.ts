import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SqlSession } from '@commonplan/event-store';
import type { OutcomeReport } from '../outcome-report/outcome-report';
import { outcomeReportCsv } from '../outcome-report/outcome-report.csv';
import { outcomeReportHtml } from '../outcome-report/outcome-report.html';
import { outcomeReportJson } from '../outcome-report/outcome-report.json';
import { OutcomeReportRecord } from './outcome-report-record.entity';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
          outcomeReportJson(report),
          outcomeReportCsv(report),
          outcomeReportHtml(report),
          publishedAt.toISOString(),
        ],
      );
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
