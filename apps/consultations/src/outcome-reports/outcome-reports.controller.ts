import type { ServerResponse } from 'node:http';
import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@commonplan/kernel';
import { OutcomeReportStore } from './outcome-report-store.adapter';
import { OutcomeReportQuery } from './outcome-reports.request';

const FORMATS = {
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  html: { type: 'text/html; charset=utf-8', extension: 'html' },
} as const;
type Format = keyof typeof FORMATS;

/** What the request offers for content negotiation (Express's, RFC 9110 §12.5.1). */
interface Negotiating {
  accepts(types: string[]): string | false;
}

const BY_MEDIA_TYPE: Readonly<Record<string, Format>> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'text/html': 'html',
};

const DESCRIPTION =
  'Every comment with its status, reason, responding unit and the amendments it led to; each changed ' +
  'measure before and after; statistics by status, contributor type and channel; hidden comments ' +
  'with the reason; the notary checkpoint it was computed at. Public once the outcome is published, ' +
  '404 before. `?lang=` picks the language of the page and of the reasons where a translation exists.';

@ApiTags('consultations')
@Controller('consultations/:consultationId')
export class OutcomeReportsController {
  constructor(private readonly reports: OutcomeReportStore) {}

  @Get('outcome')
  @ApiProduces('application/json', 'text/csv', 'text/html')
  @ApiOperation({
    summary: 'The outcome report, as the Accept header asks: JSON (the default), CSV or HTML (public)',
    description: DESCRIPTION,
  })
  async negotiated(
    @Req() request: Negotiating,
    @Res({ passthrough: true }) response: ServerResponse,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Query() { lang }: OutcomeReportQuery,
  ): Promise<string> {
    response.setHeader('vary', 'accept');
    const accepted = request.accepts(Object.keys(BY_MEDIA_TYPE));
    const format = accepted ? BY_MEDIA_TYPE[accepted]! : 'json';
    return this.serve(response, consultationId, lang, format);
  }

  @Get('outcome.csv')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The outcome report as CSV, one row per comment (public)',
    description: DESCRIPTION,
  })
  csv(
    @Res({ passthrough: true }) response: ServerResponse,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Query() { lang }: OutcomeReportQuery,
  ): Promise<string> {
    return this.serve(response, consultationId, lang, 'csv');
  }

  @Get('outcome.html')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'The outcome report as a web page (public)', description: DESCRIPTION })
  html(
    @Res({ passthrough: true }) response: ServerResponse,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Query() { lang }: OutcomeReportQuery,
  ): Promise<string> {
    return this.serve(response, consultationId, lang, 'html');
  }

  private async serve(
    response: ServerResponse,
    consultationId: string,
    language: string | undefined,
    format: Format,
  ): Promise<string> {
    const record = await this.reports.find(consultationId, language);
    if (!record)
      throw new NotFound(
        'outcome-report.not-published',
        'the outcome of this consultation is not published yet',
      );
    const { type, extension } = FORMATS[format];
    response.setHeader('content-type', type);
    response.setHeader('content-language', record.language);
    if (format === 'csv')
      response.setHeader(
        'content-disposition',
        `attachment; filename="outcome-${consultationId}-${record.language}.${extension}"`,
      );
    return record[format];
  }
}
