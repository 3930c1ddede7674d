import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { NotFound } from '@commonplan/kernel';
import { CurrentPrincipal, type Principal } from '@commonplan/nest';
import { actorOf, IdentityStreams } from '../identity-streams.adapter';
import { PersonalDataRights, type PersonalDataView } from '../personal-data/personal-data.handler';
import { StaffReadReason } from '../personal-data/personal-data.request';
import { Sessions } from '../sign-in/sessions.adapter';
import { grantRole, revokeRole } from './participant.decisions';
import { RoleGrantRequest } from './participants.request';

const participantParam = new ParseUUIDPipe();

/** What staff do with participants: look them up by pseudonymous id, verify, grant roles, erase. */
@Controller('identity/participants/:participantId')
export class ParticipantsController {
  constructor(
    private readonly streams: IdentityStreams,
    private readonly rights: PersonalDataRights,
    private readonly sessions: Sessions,
  ) {}

  /** Pseudonymous: no personal data, which has its own audited route. */
  @Get()
  async participant(@Param('participantId', participantParam) participantId: string) {
    const { state } = await this.streams.participant(participantId);
    if (!state.registered) throw new NotFound('participant.not-found', 'no such participant');
    return {
      participantId,
      staff: state.staff,
      residence: state.residence,
      roles: state.grants,
      personalData: state.personalData,
    };
  }

  @Get('personal-data')
  async personalData(
    @CurrentPrincipal() staff: Principal,
    @Param('participantId', participantParam) participantId: string,
    @Query() query: StaffReadReason,
  ): Promise<PersonalDataView> {
    const { state } = await this.streams.participant(participantId);
    if (!state.registered) throw new NotFound('participant.not-found', 'no such participant');
    return this.rights.readAsStaff(staff, participantId, query.reason);
  }

  @Post('roles')
  async grant(
    @CurrentPrincipal() granter: Principal,
    @Param('participantId', participantParam) participantId: string,
    @Body() body: RoleGrantRequest,
  ) {
    const state = await this.streams.changeParticipant(participantId, actorOf(granter), (current) =>
      grantRole(current, body, granter.participantId, granter.badges),
    );
    return { participantId, roles: state.grants };
  }

  /** Tokens carry roles, so the participant's sessions end and their next sign-in reflects the change. */
  @Post('role-revocations')
  async revoke(
    @CurrentPrincipal() revoker: Principal,
    @Param('participantId', participantParam) participantId: string,
    @Body() body: RoleGrantRequest,
  ) {
    const state = await this.streams.changeParticipant(participantId, actorOf(revoker), (current) =>
      revokeRole(current, body, revoker.participantId, revoker.badges),
    );
    await this.sessions.endAll(participantId);
    return { participantId, roles: state.grants };
  }

  /** On a participant's written request received by the city, e.g. at a booth. */
  @Post('erasure')
  @HttpCode(204)
  async erase(
    @CurrentPrincipal() administrator: Principal,
    @Param('participantId', participantParam) participantId: string,
  ): Promise<void> {
    await this.rights.erase(administrator, participantId, 'administrator');
  }

  @Post('session-revocation')
  @HttpCode(204)
  async endSessions(@Param('participantId', participantParam) participantId: string): Promise<void> {
    await this.sessions.endAll(participantId);
  }
}
