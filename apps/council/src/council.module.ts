import { Module } from '@nestjs/common';
import type { ContextContribution } from '@commonplan/nest';

/** The migrant council: members, sessions, motions, and the city's answers and deadlines. */
@Module({})
export class CouncilModule {}

export const councilContext: ContextContribution = {
  name: 'council',
  module: CouncilModule,
  streamTypes: [],
  migrations: [],
};
