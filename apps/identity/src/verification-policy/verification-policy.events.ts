import { s, VERIFICATION_METHODS, type VerificationMethod } from '@commonplan/kernel';

/** Each city chooses which ways of verifying residence it offers; until it does, all of them. */
export const VERIFICATION_POLICY_STREAM = 'verificationPolicy';
export const VERIFICATION_POLICY_ID = 'city';

export const verificationMethodsConfigured = s.object({
  methods: s.array(s.oneOf(...VERIFICATION_METHODS), { min: 1 }),
  configuredBy: s.uuid(),
});

export const verificationPolicyEvents = {
  streamType: VERIFICATION_POLICY_STREAM,
  events: [{ type: 'VerificationMethodsConfigured', version: 1, schema: verificationMethodsConfigured }],
} as const;

export const offeredMethods = (
  configured: readonly { readonly data: { readonly methods: readonly VerificationMethod[] } }[],
): readonly VerificationMethod[] => configured.at(-1)?.data.methods ?? VERIFICATION_METHODS;
