import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ContextContribution } from '@commonplan/nest';
import { accessCodeEvents } from './access-codes/access-code.events';
import { contributorMailConsumer, MailCommentOutcome } from './contributor-mail/comment-outcome-mail.handler';
import { IdentityKeys } from './identity-keys.adapter';
import { identityMigrations } from './identity.migrations';
import { IdentityStreams } from './identity-streams.adapter';
import { municipalRegisterEvents } from './municipal-register/municipal-register.events';
import { participantEvents } from './participants/participant.events';
import { ParticipantsController } from './participants/participants.controller';
import { participantPublications } from './participants/participant.relay';
import { AuditController } from './personal-data/audit.controller';
import { MeController } from './personal-data/me.controller';
import { ExportParticipant } from './personal-data/participant-export.handler';
import { personalDataAccessEvents } from './personal-data/personal-data-access.events';
import { PersonalDataViewRecord } from './personal-data/personal-data-view.entity';
import { personalDataViewsProjection } from './personal-data/personal-data-views.projection';
import { PersonalDataVault } from './personal-data/personal-data-vault.adapter';
import { PersonalDataRights } from './personal-data/personal-data.handler';
import { IssueVerificationMaterial } from './residence/issue-verification-material.handler';
import { ResidenceController } from './residence/residence.controller';
import { VerifyResidence } from './residence/verify-residence.handler';
import { Sessions } from './sign-in/sessions.adapter';
import { SignInController } from './sign-in/sign-in.controller';
import { SignInWithAccessCode } from './sign-in/sign-in-with-access-code.handler';
import { SignInWithEmailLink } from './sign-in/sign-in-with-email-link.handler';
import { PasswordHasher } from './credentials';
import { StaffAccounts } from './staff/staff-accounts.handler';
import { StaffController } from './staff/staff.controller';
import { verificationPolicyEvents } from './verification-policy/verification-policy.events';
import { VerificationPolicy } from './verification-policy/verification-policy.adapter';

/** Participants, verification of residence, roles, and the vault that keeps personal data apart from the log (ARCHITECTURE.md §6). */
@Module({
  imports: [TypeOrmModule.forFeature([PersonalDataViewRecord])],
  controllers: [
    SignInController,
    StaffController,
    MeController,
    ResidenceController,
    ParticipantsController,
    AuditController,
  ],
  providers: [
    IdentityKeys,
    IdentityStreams,
    PersonalDataVault,
    PersonalDataRights,
    ExportParticipant,
    Sessions,
    SignInWithAccessCode,
    SignInWithEmailLink,
    VerificationPolicy,
    VerifyResidence,
    IssueVerificationMaterial,
    PasswordHasher,
    StaffAccounts,
    MailCommentOutcome,
  ],
  exports: [StaffAccounts, IdentityStreams, Sessions, IdentityKeys, PersonalDataVault],
})
export class IdentityModule {}

export const identityContext: ContextContribution = {
  name: 'identity',
  module: IdentityModule,
  streamTypes: [
    participantEvents,
    ...accessCodeEvents,
    ...municipalRegisterEvents,
    verificationPolicyEvents,
    personalDataAccessEvents,
  ],
  migrations: identityMigrations,
  projections: [personalDataViewsProjection],
  publishes: participantPublications,
  consumers: [contributorMailConsumer],
};
