import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { formErrorsOf, NO_ERRORS } from '../kit/forms';
import { formText, localNext } from '../kit/form-body';
import { preferredLanguage } from '../kit/languages';
import { Pages } from '../kit/pages';
import { PlatformApi } from '../kit/platform-api';
import { forgetSession, keepSession } from '../kit/session-cookie';
import { emailLinkPage, emailSentPage, signInPage, staffSignInPage } from './sign-in.pages';

interface StartedSession {
  readonly token: string;
  readonly expiresAt: string;
}

@ApiExcludeController()
@Controller()
export class SignInPagesController {
  constructor(
    private readonly pages: Pages,
    private readonly api: PlatformApi,
  ) {}

  /** The address the sign-in mail carries; the fragment with the token survives the redirect. */
  @Get('sign-in/email')
  emailLinkLanding(@Req() request: Request, @Res() response: Response): void {
    this.pages.redirect(response, `/${preferredLanguage(request.headers['accept-language'])}/sign-in/email`);
  }

  @Get(':lang/sign-in')
  show(@Req() request: Request, @Res() response: Response): void {
    const page = this.pages.open(request);
    const next = typeof request.query.next === 'string' ? request.query.next : undefined;
    this.pages.send(request, response, signInPage(page, { errors: NO_ERRORS, next }));
  }

  @Post(':lang/sign-in/access-code')
  async withAccessCode(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const next = formText(request, 'next');
    const answer = await this.api.post<StartedSession>('/identity/sign-in/access-code', {
      body: { code: formText(request, 'code') },
    });
    if (!answer.ok) {
      const errors = formErrorsOf(page, answer, ['code'], 'code');
      return this.pages.send(
        request,
        response,
        signInPage(page, { errors, form: 'access-code', next }),
        answer.status,
      );
    }
    keepSession(request, response, answer.body.token, answer.body.expiresAt);
    this.pages.redirect(response, localNext(next, page.href('/')));
  }

  @Post(':lang/sign-in/email-link')
  async requestEmailLink(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const email = formText(request, 'email');
    const answer = await this.api.post('/identity/sign-in/email-link', { body: { email } });
    if (!answer.ok) {
      const errors = formErrorsOf(page, answer, ['email']);
      return this.pages.send(
        request,
        response,
        signInPage(page, { errors, form: 'email', email }),
        answer.status,
      );
    }
    this.pages.send(request, response, emailSentPage(page));
  }

  @Get(':lang/sign-in/email')
  showEmailLink(@Req() request: Request, @Res() response: Response): void {
    this.pages.send(request, response, emailLinkPage(this.pages.open(request), NO_ERRORS));
  }

  @Post(':lang/sign-in/email')
  async redeemEmailLink(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const answer = await this.api.post<StartedSession>('/identity/sign-in/email-link/redemption', {
      body: { token: formText(request, 'token') },
    });
    if (!answer.ok)
      return this.pages.send(
        request,
        response,
        emailLinkPage(page, formErrorsOf(page, answer, ['token'], 'token')),
        answer.status,
      );
    keepSession(request, response, answer.body.token, answer.body.expiresAt);
    this.pages.redirect(response, page.href('/'));
  }

  @Get(':lang/office/sign-in')
  showStaff(@Req() request: Request, @Res() response: Response): void {
    this.pages.send(request, response, staffSignInPage(this.pages.open(request), NO_ERRORS));
  }

  @Post(':lang/office/sign-in')
  async staff(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    const username = formText(request, 'username');
    const answer = await this.api.post<StartedSession>('/identity/sign-in/staff', {
      body: { username, password: formText(request, 'password'), totp: formText(request, 'totp') },
    });
    if (!answer.ok) {
      const errors = formErrorsOf(page, answer, ['username', 'password', 'totp']);
      return this.pages.send(request, response, staffSignInPage(page, errors, username), answer.status);
    }
    keepSession(request, response, answer.body.token, answer.body.expiresAt);
    this.pages.redirect(response, page.href('/office'));
  }

  @Post(':lang/sign-out')
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    const page = this.pages.open(request);
    if (page.token) await this.api.delete('/identity/sessions/current', { token: page.token });
    forgetSession(request, response);
    this.pages.redirect(response, page.href('/'));
  }
}
