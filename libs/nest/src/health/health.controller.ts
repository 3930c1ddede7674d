import type { ServerResponse } from 'node:http';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthReportResponse } from './health.response';
import { HealthService, type HealthReport } from './health.service';

@ApiTags('platform')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ type: HealthReportResponse, description: 'Ready: every hosted context is up' })
  @ApiServiceUnavailableResponse({
    type: HealthReportResponse,
    description: 'Not ready; reasons per context',
  })
  async check(@Res({ passthrough: true }) response: ServerResponse): Promise<HealthReport> {
    const report = await this.health.check();
    response.statusCode = report.status === 'ok' ? 200 : 503;
    // A load balancer must never be handed yesterday's answer.
    response.setHeader('cache-control', 'no-store');
    return report;
  }
}
