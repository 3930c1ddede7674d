import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Badge, RoleGrant } from '@commonplan/kernel';
import { badgesOf } from '@commonplan/kernel';
import { SessionTokens } from '@commonplan/nest';

export interface TestPrincipal {
  readonly name: string;
  /** Undefined for the anonymous caller. */
  readonly token?: string;
  readonly badges?: ReadonlySet<Badge>;
}

const GRANTS: Record<string, RoleGrant> = {
  resident: { role: 'resident' },
  'council-member': { role: 'council-member' },
  'council-secretariat': { role: 'council-secretariat' },
  'officer of budgeting': { role: 'officer', context: 'budgeting' },
  'officer of consultations': { role: 'officer', context: 'consultations' },
  'officer of council': { role: 'officer', context: 'council', department: 'integration' },
  moderator: { role: 'moderator' },
  administrator: { role: 'administrator' },
  auditor: { role: 'auditor' },
};

/** Anonymous, and one signed-in participant per role, each with a session token of their own. */
export const everyPrincipal = (app: NestExpressApplication): TestPrincipal[] => {
  const tokens = app.get(SessionTokens);
  return [
    { name: 'anonymous' },
    ...Object.entries(GRANTS).map(([name, grant]) => ({
      name,
      token: tokens.issue(randomUUID(), [grant], 3600).token,
      badges: badgesOf([grant]),
    })),
  ];
};
