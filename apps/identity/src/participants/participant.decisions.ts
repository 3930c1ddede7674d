import {
  isStaffRole,
  levelOf,
  NotAllowed,
  NotFound,
  RuleViolated,
  type AgeBand,
  type Badge,
  type RoleGrant,
  type VerificationMethod,
} from '@commonplan/kernel';
import { sameGrant, type Participant } from './participant';
import type { ParticipantEvent } from './participant.events';

const mustExist = (state: Participant): void => {
  if (!state.registered) throw new NotFound('participant.not-found', 'no such participant');
};

/** Residents join with the resident role; staff accounts get theirs from an administrator. */
export const register = (
  state: Participant,
  via: 'access-code' | 'email' | 'staff-account',
  participantId: string,
): ParticipantEvent[] => {
  if (state.registered) return [];
  const events: ParticipantEvent[] = [{ type: 'ParticipantRegistered', data: { via } }];
  if (via !== 'staff-account')
    events.push({
      type: 'RoleGranted',
      data: { role: 'resident', context: null, department: null, grantedBy: participantId },
    });
  return events;
};

export interface ResidenceEvidence {
  readonly method: VerificationMethod;
  readonly district?: string;
  readonly ageBand?: AgeBand;
  readonly accessCodeBatchId?: string;
  readonly verifiedBy?: string;
}

/** A later verification replaces an earlier one, but a self-declaration never undoes a verification. */
export const verifyResidence = (state: Participant, evidence: ResidenceEvidence): ParticipantEvent[] => {
  mustExist(state);
  const level = levelOf(evidence.method);
  if (level === 'self-declared' && state.residence.level === 'verified')
    throw new RuleViolated(
      'residence.already-verified',
      'residence is already verified; a self-declaration would not add to it',
    );
  return [
    {
      type: 'ResidenceVerified',
      data: {
        method: evidence.method,
        level,
        district: evidence.district ?? null,
        ageBand: evidence.ageBand ?? null,
        accessCodeBatchId: evidence.accessCodeBatchId ?? null,
        verifiedBy: evidence.verifiedBy ?? null,
      },
    },
  ];
};

export type PersonalDataField = 'displayName' | 'email' | 'phone' | 'preferredLanguages';

export const recordPersonalData = (
  state: Participant,
  fields: readonly PersonalDataField[],
): ParticipantEvent[] => {
  mustExist(state);
  return fields.length === 0 ? [] : [{ type: 'PersonalDataRecorded', data: { fields: [...fields] } }];
};

/** Always recorded, even with nothing held, so a request for erasure leaves its trace in the log. */
export const erasePersonalData = (
  state: Participant,
  requestedBy: 'participant' | 'administrator',
): ParticipantEvent[] => {
  mustExist(state);
  return [{ type: 'PersonalDataErased', data: { requestedBy } }];
};

/**
 * The council secretariat seats council members; every other role is the administrators' to give.
 * Staff roles need a staff account, whose sign-in asks for password and TOTP.
 */
const checkGranter = (state: Participant, grant: RoleGrant, granter: ReadonlySet<Badge>): void => {
  const allowed =
    granter.has('administrator') || (granter.has('council-secretariat') && grant.role === 'council-member');
  if (!allowed)
    throw new NotAllowed('role.not-yours-to-grant', `you may not grant or withdraw the role ${grant.role}`);
  if (isStaffRole(grant.role) && !state.staff)
    throw new RuleViolated(
      'role.needs-staff-account',
      `${grant.role} is a staff role; open a staff account for it`,
    );
  if (grant.role === 'officer' && !grant.context)
    throw new RuleViolated(
      'role.officer-needs-context',
      'an officer works for budgeting, consultations or council',
    );
  if (grant.role !== 'officer' && (grant.context || grant.department))
    throw new RuleViolated(
      'role.scope-only-for-officers',
      'only officers are scoped to a context and department',
    );
};

const grantData = (grant: RoleGrant) => ({
  role: grant.role,
  context: grant.context ?? null,
  department: grant.department ?? null,
});

export const grantRole = (
  state: Participant,
  grant: RoleGrant,
  grantedBy: string,
  granter: ReadonlySet<Badge>,
): ParticipantEvent[] => {
  mustExist(state);
  checkGranter(state, grant, granter);
  if (state.grants.some((held) => sameGrant(held, grant))) return [];
  return [{ type: 'RoleGranted', data: { ...grantData(grant), grantedBy } }];
};

export const revokeRole = (
  state: Participant,
  grant: RoleGrant,
  revokedBy: string,
  revoker: ReadonlySet<Badge>,
): ParticipantEvent[] => {
  mustExist(state);
  checkGranter(state, grant, revoker);
  if (!state.grants.some((held) => sameGrant(held, grant))) return [];
  return [{ type: 'RoleRevoked', data: { ...grantData(grant), revokedBy } }];
};
