/**
 * Who may do what in Commonplan. Identity grants roles; every process reads them from the session
 * token; the access policy and every context's rules name them, so they are shared domain vocabulary.
 */
export const ROLES = [
  'resident',
  'council-member',
  'council-secretariat',
  'officer',
  'moderator',
  'administrator',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** The contexts an officer can be scoped to: each runs its own participation process. */
export const OFFICER_CONTEXTS = ['budgeting', 'consultations', 'council'] as const;
export type OfficerContext = (typeof OFFICER_CONTEXTS)[number];

/** Staff roles sign in with password and TOTP; the others with an access code or an e-mail link. */
export const STAFF_ROLES: readonly Role[] = [
  'council-secretariat',
  'officer',
  'moderator',
  'administrator',
  'auditor',
];

/**
 * One role held by one participant. An officer always works for one context and may be narrowed to
 * a department (e.g. "social affairs"), which handlers check against the thing acted on.
 */
export interface RoleGrant {
  readonly role: Role;
  readonly context?: OfficerContext;
  readonly department?: string;
}

/**
 * What the access policy matches on: every role held, plus `officer:<context>` for each officer
 * grant. The policy never needs more than set membership, which keeps it declarative and fast.
 */
export type Badge = Role | `officer:${OfficerContext}`;

export const badgesOf = (grants: readonly RoleGrant[]): ReadonlySet<Badge> => {
  const badges = new Set<Badge>();
  for (const grant of grants) {
    badges.add(grant.role);
    if (grant.role === 'officer' && grant.context) badges.add(`officer:${grant.context}`);
  }
  return badges;
};

export const isStaffRole = (role: Role): boolean => STAFF_ROLES.includes(role);
