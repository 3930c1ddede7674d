import { Module } from '@nestjs/common';
import type { ContextContribution } from '@commonplan/nest';

/** Participants, verification of residence, roles, and the vault that keeps personal data apart from the log (ARCHITECTURE.md §6). */
@Module({})
export class IdentityModule {}

export const identityContext: ContextContribution = {
  name: 'identity',
  module: IdentityModule,
  streamTypes: [],
  migrations: [],
};
