import { badgesOf, fold, NotAllowed, NotFound, RuleViolated } from '@commonplan/kernel';
import { evolveParticipant, initialParticipant, type Participant } from './participant';
import {
  erasePersonalData,
  grantRole,
  recordPersonalData,
  register,
  revokeRole,
  verifyResidence,
} from './participant.decisions';
import type { ParticipantEvent } from './participant.events';

const ADMIN = '0b6f3d2e-6c1a-4d51-9a0e-4f1c2b3a4d5e';
const RESIDENT = '7f1e2d3c-4b5a-4697-8877-665544332211';
const admin = badgesOf([{ role: 'administrator' }]);
const secretariat = badgesOf([{ role: 'council-secretariat' }]);

const given = (...events: ParticipantEvent[]): Participant =>
  fold(evolveParticipant, initialParticipant(), events);
const registered = (via: 'access-code' | 'staff-account' = 'access-code'): Participant =>
  given(...register(initialParticipant(), via, RESIDENT));

describe('a participant', () => {
  it('joins as a resident unless the account is a staff one, and only once', () => {
    expect(register(initialParticipant(), 'email', RESIDENT)).toEqual([
      { type: 'ParticipantRegistered', data: { via: 'email' } },
      {
        type: 'RoleGranted',
        data: { role: 'resident', context: null, department: null, grantedBy: RESIDENT },
      },
    ]);
    expect(register(initialParticipant(), 'staff-account', RESIDENT)).toHaveLength(1);
    expect(register(registered(), 'email', RESIDENT)).toEqual([]);
  });

  it('has residence verified by any method, but a self-declaration never replaces a verification', () => {
    const declared = given(
      ...register(initialParticipant(), 'email', RESIDENT),
      ...verifyResidence(registered(), { method: 'self-declaration', district: 'Trnje' }),
    );
    expect(declared.residence).toEqual({
      level: 'self-declared',
      method: 'self-declaration',
      district: 'Trnje',
    });
    const [verified] = verifyResidence(declared, { method: 'in-person', ageBand: '65+', verifiedBy: ADMIN });
    expect(verified).toEqual({
      type: 'ResidenceVerified',
      data: {
        method: 'in-person',
        level: 'verified',
        district: null,
        ageBand: '65+',
        accessCodeBatchId: null,
        verifiedBy: ADMIN,
      },
    });
    expect(() =>
      verifyResidence(given(...register(initialParticipant(), 'email', RESIDENT), verified!), {
        method: 'self-declaration',
      }),
    ).toThrow(RuleViolated);
    expect(() => verifyResidence(initialParticipant(), { method: 'in-person' })).toThrow(NotFound);
  });

  it('records which personal data fields are held, never their values, and records every erasure', () => {
    expect(recordPersonalData(registered(), ['displayName', 'email'])).toEqual([
      { type: 'PersonalDataRecorded', data: { fields: ['displayName', 'email'] } },
    ]);
    expect(recordPersonalData(registered(), [])).toEqual([]);
    expect(erasePersonalData(registered(), 'participant')).toEqual([
      { type: 'PersonalDataErased', data: { requestedBy: 'participant' } },
    ]);
  });

  it('is given roles by whoever may give them, staff roles only on staff accounts', () => {
    expect(grantRole(registered(), { role: 'council-member' }, ADMIN, secretariat)).toHaveLength(1);
    expect(() => grantRole(registered(), { role: 'moderator' }, ADMIN, secretariat)).toThrow(NotAllowed);
    expect(() => grantRole(registered(), { role: 'officer', context: 'budgeting' }, ADMIN, admin)).toThrow(
      /staff role/,
    );
    const staff = registered('staff-account');
    expect(() => grantRole(staff, { role: 'officer' }, ADMIN, admin)).toThrow(
      /budgeting, consultations or council/,
    );
    expect(() => grantRole(staff, { role: 'auditor', context: 'council' }, ADMIN, admin)).toThrow(
      RuleViolated,
    );
    const officer = { role: 'officer', context: 'consultations', department: 'housing' } as const;
    const granted = given(
      ...register(initialParticipant(), 'staff-account', RESIDENT),
      ...grantRole(staff, officer, ADMIN, admin),
    );
    expect(granted.grants).toEqual([officer]);
    expect(grantRole(granted, officer, ADMIN, admin)).toEqual([]);
    const revoked = revokeRole(granted, officer, ADMIN, admin);
    expect(
      given(
        ...register(initialParticipant(), 'staff-account', RESIDENT),
        ...grantRole(staff, officer, ADMIN, admin),
        ...revoked,
      ).grants,
    ).toEqual([]);
    expect(revokeRole(staff, officer, ADMIN, admin)).toEqual([]);
  });
});
