import { Controller, Get, Module } from '@nestjs/common';
import { ACCESS_POLICY } from '@commonplan/contracts';
import type { ContextContribution } from '@commonplan/nest';

@Controller('bench')
class EchoController {
  @Get('echo')
  echo(): { ok: boolean } {
    return { ok: true };
  }

  @Get('echo-signed')
  echoSigned(): { ok: boolean } {
    return { ok: true };
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

/**
 * Two identical routes that do nothing, one public and one for residents, behind the same edge, guard
 * and token check as every real route: the baselines benchmarks are read against.
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
} as const;
