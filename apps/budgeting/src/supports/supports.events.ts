import { s, type Infer } from '@commonplan/kernel';

/**
 * The projects one resident supports in one cycle, in a stream of their own (its id is named after
 * the resident and the cycle), so residents supporting the same project at once never write to the
 * same stream. Unlike ballots, supports name the resident: they are not secret, and a resident may
 * see and withdraw their own; the public sees only how many each project has.
 */
export const SUPPORTS_STREAM = 'supports';

export const projectSupported = s.object({ cycleId: s.uuid(), projectId: s.uuid(), participantId: s.uuid() });
export const supportWithdrawn = s.object({ cycleId: s.uuid(), projectId: s.uuid(), participantId: s.uuid() });

export type ProjectSupported = Infer<typeof projectSupported>;
export type SupportWithdrawn = Infer<typeof supportWithdrawn>;

export type SupportsEvent =
  | { readonly type: 'ProjectSupported'; readonly data: ProjectSupported }
  | { readonly type: 'SupportWithdrawn'; readonly data: SupportWithdrawn };

export const supportsEvents = {
  streamType: SUPPORTS_STREAM,
  events: [
    { type: 'ProjectSupported', version: 1, schema: projectSupported },
    { type: 'SupportWithdrawn', version: 1, schema: supportWithdrawn },
  ],
} as const;
