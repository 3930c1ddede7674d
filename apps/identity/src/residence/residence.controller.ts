import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Req } from '@nestjs/common';
import { CurrentPrincipal, type AuthenticatedRequest, type Principal } from '@commonplan/nest';
import type { VerificationMethod } from '@commonplan/kernel';
import { actorOf } from '../identity-streams.adapter';
import { VerificationPolicy } from '../verification-policy/verification-policy.adapter';
import { IssueVerificationMaterial, type AccessCodeBatch } from './issue-verification-material.handler';
import {
  AccessCodeBatchRequest,
  MunicipalRegisterUpload,
  RegisterMatch,
  ResidenceDetails,
  VerificationMethods,
} from './residence.request';
import { VerifyResidence } from './verify-residence.handler';

@Controller('identity')
export class ResidenceController {
  constructor(
    private readonly verify: VerifyResidence,
    private readonly material: IssueVerificationMaterial,
    private readonly policy: VerificationPolicy,
  ) {}

  @Post('me/residence-declaration')
  @HttpCode(204)
  async declare(@CurrentPrincipal() principal: Principal, @Body() body: ResidenceDetails): Promise<void> {
    await this.verify.declare(principal, body);
  }

  @Post('me/register-match')
  @HttpCode(204)
  async matchRegister(
    @CurrentPrincipal() principal: Principal,
    @Body() body: RegisterMatch,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    await this.verify.byRegister(principal, body.registerNumber, request.ip);
  }

  @Post('participants/:participantId/in-person-verification')
  @HttpCode(204)
  async atBooth(
    @CurrentPrincipal() officer: Principal,
    @Param('participantId', new ParseUUIDPipe()) participantId: string,
    @Body() body: ResidenceDetails,
  ): Promise<void> {
    await this.verify.atBooth(officer, participantId, body);
  }

  @Post('access-code-batches')
  issueAccessCodes(
    @CurrentPrincipal() officer: Principal,
    @Body() body: AccessCodeBatchRequest,
  ): Promise<AccessCodeBatch> {
    return this.material.accessCodes(officer, body);
  }

  @Put('municipal-register')
  uploadRegister(
    @CurrentPrincipal() administrator: Principal,
    @Body() body: MunicipalRegisterUpload,
  ): Promise<{ listId: string; size: number }> {
    return this.material.municipalRegister(administrator, body.digests);
  }

  @Get('verification-methods')
  async methods(): Promise<{ methods: readonly VerificationMethod[] }> {
    return { methods: await this.policy.offered() };
  }

  @Put('verification-methods')
  async configure(
    @CurrentPrincipal() administrator: Principal,
    @Body() body: VerificationMethods,
  ): Promise<{ methods: readonly VerificationMethod[] }> {
    await this.policy.configure(body.methods, actorOf(administrator));
    return { methods: await this.policy.offered() };
  }
}
