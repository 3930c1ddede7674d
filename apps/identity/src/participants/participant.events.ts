import { AGE_BANDS, OFFICER_CONTEXTS, ROLES, s, VERIFICATION_METHODS, type Infer } from '@commonplan/kernel';

/**
 * A participant's stream holds who they are to the platform: how they joined, how their residence
 * was verified, which roles they hold, and that personal data was recorded or erased. Never the
 * personal data itself, which lives in the vault, and never nationality or status (ARCHITECTURE §6).
 */
export const PARTICIPANT_STREAM = 'participant';

const grantFields = {
  role: s.oneOf(...ROLES),
  context: s.nullable(s.oneOf(...OFFICER_CONTEXTS)),
  department: s.nullable(s.string({ min: 1, max: 120 })),
};

export const participantRegistered = s.object({
  via: s.oneOf('access-code', 'email', 'staff-account'),
});

export const residenceVerified = s.object({
  method: s.oneOf(...VERIFICATION_METHODS),
  level: s.oneOf('self-declared', 'verified'),
  district: s.nullable(s.string({ min: 1, max: 80 })),
  ageBand: s.nullable(s.oneOf(...AGE_BANDS)),
  /** The access code batch, so a batch found to be leaked can be traced to whom it verified. */
  accessCodeBatchId: s.nullable(s.uuid()),
  /** The officer at the booth, for in-person verification. */
  verifiedBy: s.nullable(s.uuid()),
});

/** Only which fields: their values are in the vault, and erasing them must not rewrite this log. */
export const personalDataRecorded = s.object({
  fields: s.array(s.oneOf('displayName', 'email', 'phone', 'preferredLanguages'), { min: 1 }),
});

export const personalDataErased = s.object({
  requestedBy: s.oneOf('participant', 'administrator'),
});

export const roleGranted = s.object({ ...grantFields, grantedBy: s.uuid() });
export const roleRevoked = s.object({ ...grantFields, revokedBy: s.uuid() });

export type ParticipantEvent =
  | { readonly type: 'ParticipantRegistered'; readonly data: Infer<typeof participantRegistered> }
  | { readonly type: 'ResidenceVerified'; readonly data: Infer<typeof residenceVerified> }
  | { readonly type: 'PersonalDataRecorded'; readonly data: Infer<typeof personalDataRecorded> }
  | { readonly type: 'PersonalDataErased'; readonly data: Infer<typeof personalDataErased> }
  | { readonly type: 'RoleGranted'; readonly data: Infer<typeof roleGranted> }
  | { readonly type: 'RoleRevoked'; readonly data: Infer<typeof roleRevoked> };

export const participantEvents = {
  streamType: PARTICIPANT_STREAM,
  events: [
    { type: 'ParticipantRegistered', version: 1, schema: participantRegistered },
    { type: 'ResidenceVerified', version: 1, schema: residenceVerified },
    { type: 'PersonalDataRecorded', version: 1, schema: personalDataRecorded },
    { type: 'PersonalDataErased', version: 1, schema: personalDataErased },
    { type: 'RoleGranted', version: 1, schema: roleGranted },
    { type: 'RoleRevoked', version: 1, schema: roleRevoked },
  ],
} as const;
