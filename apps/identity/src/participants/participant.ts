import type { AgeBand, RoleGrant, VerificationLevel, VerificationMethod } from '@commonplan/kernel';
import type { ParticipantEvent } from './participant.events';

export interface Residence {
  readonly level: VerificationLevel;
  readonly method?: VerificationMethod;
  readonly district?: string;
  readonly ageBand?: AgeBand;
}

export interface Participant {
  readonly registered: boolean;
  readonly staff: boolean;
  readonly residence: Residence;
  readonly grants: readonly RoleGrant[];
  readonly personalData: 'none' | 'recorded' | 'erased';
}

export const initialParticipant = (): Participant => ({
  registered: false,
  staff: false,
  residence: { level: 'none' },
  grants: [],
  personalData: 'none',
});

export const sameGrant = (a: RoleGrant, b: RoleGrant): boolean =>
  a.role === b.role &&
  (a.context ?? null) === (b.context ?? null) &&
  (a.department ?? null) === (b.department ?? null);

const grantOf = (data: {
  role: RoleGrant['role'];
  context: RoleGrant['context'] | null;
  department: string | null;
}): RoleGrant => ({
  role: data.role,
  ...(data.context ? { context: data.context } : {}),
  ...(data.department ? { department: data.department } : {}),
});

export const evolveParticipant = (state: Participant, event: ParticipantEvent): Participant => {
  switch (event.type) {
    case 'ParticipantRegistered':
      return { ...state, registered: true, staff: event.data.via === 'staff-account' };
    case 'ResidenceVerified':
      return {
        ...state,
        residence: {
          level: event.data.level,
          method: event.data.method,
          ...(event.data.district ? { district: event.data.district } : {}),
          ...(event.data.ageBand ? { ageBand: event.data.ageBand } : {}),
        },
      };
    case 'PersonalDataRecorded':
      return { ...state, personalData: 'recorded' };
    case 'PersonalDataErased':
      return { ...state, personalData: 'erased' };
    case 'RoleGranted':
      return { ...state, grants: [...state.grants, grantOf(event.data)] };
    case 'RoleRevoked': {
      const revoked = grantOf(event.data);
      return { ...state, grants: state.grants.filter((grant) => !sameGrant(grant, revoked)) };
    }
  }
};
