import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { AccessPolicy } from '@commonplan/contracts';
import { AccessGuard, ACCESS_POLICY_TABLE } from './access.guard';
import { SessionRevocations } from './session-revocations';
import { SessionTokens } from './session-tokens';
import { SignInAttempts } from './sign-in-attempts';

/** Sessions, the access policy and sign-in attempt limits, for every context a process hosts. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(policy: AccessPolicy): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: ACCESS_POLICY_TABLE, useValue: policy },
        SessionRevocations,
        SessionTokens,
        SignInAttempts,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [ACCESS_POLICY_TABLE, SessionRevocations, SessionTokens, SignInAttempts],
    };
  }
}
