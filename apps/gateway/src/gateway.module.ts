import { Module } from '@nestjs/common';
import type { ContextContribution } from '@commonplan/nest';
import { WebModule } from './web/web.module';

/** The public HTTP edge: authentication and the web front end (ARCHITECTURE.md §9). */
@Module({ imports: [WebModule] })
export class GatewayModule {}

export const gatewayContext: ContextContribution = {
  name: 'gateway',
  module: GatewayModule,
  streamTypes: [],
  migrations: [],
};
