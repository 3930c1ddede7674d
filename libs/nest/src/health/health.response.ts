import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ContextHealthReport, HealthReport } from './health.service';

export class ContextHealthResponse implements ContextHealthReport {
  @ApiProperty({ example: 'budgeting' })
  readonly name!: string;

  @ApiProperty({ enum: ['up', 'down'] })
  readonly status!: 'up' | 'down';

  @ApiPropertyOptional({ example: 'migration budgeting/0002-tallies is not applied' })
  readonly reason?: string;
}

export class HealthReportResponse implements HealthReport {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  readonly status!: 'ok' | 'unavailable';

  @ApiProperty({ enum: ['postgres', 'pglite'] })
  readonly database!: 'postgres' | 'pglite';

  @ApiProperty({ type: [ContextHealthResponse] })
  readonly contexts!: ContextHealthResponse[];
}
