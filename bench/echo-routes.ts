import { Controller, Get, Inject, Module } from '@nestjs/common';
import { ACCESS_POLICY } from '@commonplan/contracts';
import type { SqlDatabase } from '@commonplan/event-store';
import { SQL_DATABASE, type ContextContribution } from '@commonplan/nest';

@Controller('bench')
class EchoController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Get('echo')
  echo(): { ok: boolean } {
    return { ok: true };
  }

  @Get('echo-signed')
  echoSigned(): { ok: boolean } {
    return { ok: true };
  }

  @Get('one-query')
  async oneQuery(): Promise<{ ok: boolean }> {
    await this.db.query('SELECT 1');
    return { ok: true };
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

/**
 * Two identical routes that do nothing, one public and one for residents, behind the same edge, guard
 * and token check as every real route: the baselines benchmarks are read against. A third makes one
 * round trip to the database, the least any route that reads or writes there can do.
 */
export const echoContext: ContextContribution = {
  name: 'bench',
  module: EchoModule,
  streamTypes: [],
  migrations: [],
};

export const echoAccessPolicy = {
  ...ACCESS_POLICY,
  'GET /bench/echo': 'public',
  'GET /bench/echo-signed': ['resident'],
  'GET /bench/one-query': ['resident'],
} as const;
