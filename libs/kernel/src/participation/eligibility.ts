/**
 * Who may take part in a cycle or a consultation is data attached to it, never code: a city sets a
 * minimum age, how well residence must be verified, and which districts count. No rule may ask for
 * nationality or status (ARCHITECTURE.md §6): residence and age are all there is.
 */

/** Age is only ever known as a band, printed on an access code or told at a booth: never a birth date. */
export const AGE_BANDS = ['0-15', '16-17', '18-29', '30-44', '45-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Self-declared residence is enough to comment; a vote usually asks for a verified one. */
export const VERIFICATION_LEVELS = ['none', 'self-declared', 'verified'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

export const VERIFICATION_METHODS = [
  'access-code',
  'municipal-register',
  'in-person',
  'self-declaration',
] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export const levelOf = (method: VerificationMethod): Exclude<VerificationLevel, 'none'> =>
  method === 'self-declaration' ? 'self-declared' : 'verified';

export interface EligibilityRule {
  readonly minimumAge?: number;
  readonly verificationLevel: Exclude<VerificationLevel, 'none'>;
  /** Absent or empty: the whole city. */
  readonly districts?: readonly string[];
}

/** What identity knows of a participant's residence, as published with `ResidenceVerified`. */
export interface ResidenceFacts {
  readonly level: VerificationLevel;
  readonly district?: string;
  readonly ageBand?: AgeBand;
}

export type Ineligibility = 'verification-level' | 'age-unknown' | 'too-young' | 'district';

const lowestAgeOf = (band: AgeBand): number => Number(band.split(/[-+]/)[0]);

const rank = (level: VerificationLevel): number => VERIFICATION_LEVELS.indexOf(level);

/** Every reason a participant is not eligible; empty means eligible. */
export const ineligibilities = (rule: EligibilityRule, facts: ResidenceFacts): Ineligibility[] => {
  const reasons: Ineligibility[] = [];
  if (rank(facts.level) < rank(rule.verificationLevel)) reasons.push('verification-level');
  if (rule.minimumAge !== undefined && rule.minimumAge > 0) {
    if (!facts.ageBand) reasons.push('age-unknown');
    else if (lowestAgeOf(facts.ageBand) < rule.minimumAge) reasons.push('too-young');
  }
  if (rule.districts && rule.districts.length > 0) {
    if (!facts.district || !rule.districts.includes(facts.district)) reasons.push('district');
  }
  return reasons;
};
