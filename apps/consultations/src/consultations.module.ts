import { Module } from '@nestjs/common';
import type { ContextContribution } from '@commonplan/nest';

/** Plans and their versions, consultations, comments, the answers to them, and amendments. */
@Module({})
export class ConsultationsModule {}

export const consultationsContext: ContextContribution = {
  name: 'consultations',
  module: ConsultationsModule,
  streamTypes: [],
  migrations: [],
};
