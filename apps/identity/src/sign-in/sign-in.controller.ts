import { Body, Controller, Delete, HttpCode, Post, Req } from '@nestjs/common';
import { CurrentPrincipal, type AuthenticatedRequest, type Principal } from '@commonplan/nest';
import { Sessions, type StartedSession } from './sessions.adapter';
import { SignInWithAccessCode } from './sign-in-with-access-code.handler';
import { SignInWithEmailLink } from './sign-in-with-email-link.handler';
import { AccessCodeSignIn, EmailLinkRedemption, EmailLinkRequest } from './sign-in.request';

@Controller('identity')
export class SignInController {
  constructor(
    private readonly accessCodes: SignInWithAccessCode,
    private readonly emailLinks: SignInWithEmailLink,
    private readonly sessions: Sessions,
  ) {}

  @Post('sign-in/access-code')
  signInWithAccessCode(
    @Body() body: AccessCodeSignIn,
    @Req() request: AuthenticatedRequest,
  ): Promise<StartedSession> {
    return this.accessCodes.signIn(body.code, request.ip);
  }

  /** Answers the same whether or not the address is known, so it cannot be used to find people. */
  @Post('sign-in/email-link')
  @HttpCode(202)
  async requestEmailLink(
    @Body() body: EmailLinkRequest,
    @Req() request: AuthenticatedRequest,
  ): Promise<{ sent: string }> {
    await this.emailLinks.request(body.email, request.ip);
    return {
      sent: 'if the address can receive mail, a sign-in link is on its way; it works once, for 15 minutes',
    };
  }

  @Post('sign-in/email-link/redemption')
  redeemEmailLink(
    @Body() body: EmailLinkRedemption,
    @Req() request: AuthenticatedRequest,
  ): Promise<StartedSession> {
    return this.emailLinks.redeem(body.token, request.ip);
  }

  @Delete('sessions/current')
  @HttpCode(204)
  async signOut(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.sessions.end(principal.sessionId);
  }
}
