import { Body, Controller, Post, Req } from '@nestjs/common';
import { CurrentPrincipal, type AuthenticatedRequest, type Principal } from '@commonplan/nest';
import { actorOf } from '../identity-streams.adapter';
import type { StartedSession } from '../sign-in/sessions.adapter';
import { StaffAccounts, type OpenedStaffAccount } from './staff-accounts.handler';
import { StaffAccountRequest, StaffEnrolment, StaffSignIn } from './staff.request';

@Controller('identity')
export class StaffController {
  constructor(private readonly accounts: StaffAccounts) {}

  @Post('staff')
  open(
    @CurrentPrincipal() administrator: Principal,
    @Body() body: StaffAccountRequest,
  ): Promise<OpenedStaffAccount> {
    return this.accounts.open(body.username, body.grants, actorOf(administrator), administrator.badges);
  }

  @Post('staff-enrolment')
  enrol(
    @Body() body: StaffEnrolment,
    @Req() request: AuthenticatedRequest,
  ): Promise<{ totpSecret: string; otpauthUri: string }> {
    return this.accounts.enrol(body.enrolmentToken, body.password, request.ip);
  }

  @Post('sign-in/staff')
  signIn(@Body() body: StaffSignIn, @Req() request: AuthenticatedRequest): Promise<StartedSession> {
    return this.accounts.signIn(body.username, body.password, body.totp, request.ip);
  }
}
