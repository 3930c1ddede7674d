import { AGE_BANDS, s, type Infer } from '@commonplan/kernel';

/**
 * Officers print access codes in batches for NGOs and booths to hand out. Only the codes' digests
 * are kept (keyed with a pepper), so the log cannot be used to sign in as anyone.
 */
export const ACCESS_CODE_BATCH_STREAM = 'accessCodeBatch';
/** One stream per code, written once: the store's expected version is what makes a code single-use. */
export const ACCESS_CODE_STREAM = 'accessCode';

const digest = s.string({ min: 64, max: 64 });

export const accessCodeBatchIssued = s.object({
  size: s.integer({ min: 1, max: 1000 }),
  district: s.nullable(s.string({ min: 1, max: 80 })),
  ageBand: s.nullable(s.oneOf(...AGE_BANDS)),
  digests: s.array(digest, { min: 1, max: 1000 }),
  issuedBy: s.uuid(),
});

/** Which participant redeemed it is told only by their own `ResidenceVerified`, naming the batch. */
export const accessCodeRedeemed = s.object({ batchId: s.uuid() });

export type AccessCodeBatchIssued = Infer<typeof accessCodeBatchIssued>;

export const accessCodeEvents = [
  {
    streamType: ACCESS_CODE_BATCH_STREAM,
    events: [{ type: 'AccessCodeBatchIssued', version: 1, schema: accessCodeBatchIssued }],
  },
  {
    streamType: ACCESS_CODE_STREAM,
    events: [{ type: 'AccessCodeRedeemed', version: 1, schema: accessCodeRedeemed }],
  },
] as const;
