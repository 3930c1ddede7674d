import { s } from '@commonplan/kernel';

/**
 * The city uploads keyed hashes (HMAC) of the register numbers on its municipal register, and no
 * names: a resident types their number and only its hash is compared. The hashes themselves are
 * kept beside the log, replaced by each upload; the event records the upload and a digest of the list.
 */
export const MUNICIPAL_REGISTER_STREAM = 'municipalRegister';
/** One stream per register entry, claimed once, so one register number verifies one participant. */
export const REGISTER_ENTRY_STREAM = 'registerEntry';

export const municipalRegisterUploaded = s.object({
  size: s.integer({ min: 1 }),
  listDigest: s.string({ min: 64, max: 64 }),
  uploadedBy: s.uuid(),
});

export const registerEntryClaimed = s.object({ listId: s.uuid() });

export const municipalRegisterEvents = [
  {
    streamType: MUNICIPAL_REGISTER_STREAM,
    events: [{ type: 'MunicipalRegisterUploaded', version: 1, schema: municipalRegisterUploaded }],
  },
  {
    streamType: REGISTER_ENTRY_STREAM,
    events: [{ type: 'RegisterEntryClaimed', version: 1, schema: registerEntryClaimed }],
  },
] as const;
