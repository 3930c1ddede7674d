import { s, type Infer } from '@commonplan/kernel';

/**
 * On a cycle opened to hold an election run elsewhere (a Pabulib file): where its projects and
 * ballots came from, so anyone can tell it from a vote held here and check it against the file.
 */
export const electionImported = s.object({
  source: s.object({
    format: s.oneOf('pabulib'),
    fileName: s.nullable(s.string({ min: 1, max: 255 })),
    sha256: s.string({ min: 64, max: 64, pattern: /^[0-9a-f]{64}$/, patternName: 'sha256' }),
  }),
  /** The file's META as written, written back on export. */
  meta: s.array(s.object({ key: s.string({ min: 1, max: 200 }), value: s.string({ max: 20_000 }) }), {
    max: 500,
  }),
  /** The file's project ids, for the projects the cycle holds under ids of its own. */
  projects: s.array(s.object({ reference: s.string({ min: 1, max: 100 }), projectId: s.uuid() }), {
    max: 10_000,
  }),
  ballots: s.integer({ min: 0 }),
  importedBy: s.uuid(),
});

export type ElectionImported = Infer<typeof electionImported>;
