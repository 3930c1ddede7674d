import type { PersonalDataField } from '../participants/participant.decisions';

/** What a participant may choose to give, all optional. Nothing else is ever asked for. */
export interface PersonalData {
  readonly displayName?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly preferredLanguages?: readonly string[];
}

export const fieldsOf = (data: PersonalData): PersonalDataField[] =>
  (['displayName', 'email', 'phone', 'preferredLanguages'] as const).filter(
    (field) => data[field] !== undefined,
  );

/** How a participant whose personal data was erased appears wherever a name would be shown. */
export const ERASED_PARTICIPANT = 'erased participant';
