import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '@commonplan/nest';
import { IdentityStreams } from '../identity-streams.adapter';
import { ExportParticipant, type ParticipantExport } from './participant-export.handler';
import { PersonalDataRights } from './personal-data.handler';
import type { PersonalData } from './personal-data';
import { PersonalDataRequest } from './personal-data.request';

@Controller('identity/me')
export class MeController {
  constructor(
    private readonly rights: PersonalDataRights,
    private readonly exports: ExportParticipant,
    private readonly streams: IdentityStreams,
  ) {}

  @Get()
  async me(@CurrentPrincipal() principal: Principal) {
    const [{ state }, own] = await Promise.all([
      this.streams.participant(principal.participantId),
      this.rights.own(principal),
    ]);
    return {
      participantId: principal.participantId,
      residence: state.residence,
      roles: state.grants,
      displayName: own.displayName,
      personalData: own.personalData,
      sessionExpiresAt: new Date(principal.expiresAt * 1000).toISOString(),
    };
  }

  @Put('personal-data')
  record(@CurrentPrincipal() principal: Principal, @Body() body: PersonalDataRequest): Promise<PersonalData> {
    return this.rights.record(principal, body);
  }

  /** Erasure: the vault key goes, the log stays and still verifies. */
  @Delete('personal-data')
  @HttpCode(204)
  async erase(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.rights.erase(principal, principal.participantId, 'participant');
  }

  @Get('export')
  export(@CurrentPrincipal() principal: Principal): Promise<ParticipantExport> {
    return this.exports.export(principal);
  }
}
