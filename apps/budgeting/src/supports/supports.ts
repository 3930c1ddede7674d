import type { SupportsEvent } from './supports.events';

/** One resident's supports in one cycle. */
export interface Supports {
  readonly supported: ReadonlySet<string>;
}

export const initialSupports = (): Supports => ({ supported: new Set() });

export const evolveSupports = (state: Supports, event: SupportsEvent): Supports => {
  const supported = new Set(state.supported);
  if (event.type === 'ProjectSupported') supported.add(event.data.projectId);
  else supported.delete(event.data.projectId);
  return { supported };
};
