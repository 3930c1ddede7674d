import { Injectable } from '@nestjs/common';
import { Conflict } from '@commonplan/kernel';
import type { Principal } from '@commonplan/nest';
import { actorOf, IdentityStreams } from '../identity-streams.adapter';
import { erasePersonalData, recordPersonalData } from '../participants/participant.decisions';
import { PERSONAL_DATA_ACCESS_STREAM } from './personal-data-access.events';
import { PersonalDataVault } from './personal-data-vault.adapter';
import { ERASED_PARTICIPANT, fieldsOf, type PersonalData } from './personal-data';

export interface PersonalDataView {
  readonly participantId: string;
  /** `erased participant` once erased, so every place that shows a name shows the same words. */
  readonly displayName: string | null;
  readonly personalData: PersonalData | null;
  readonly erased: boolean;
}

const UNIQUE_VIOLATION = '23505';

/** Recording, erasing and reading a participant's personal data: the vault's only doors. */
@Injectable()
export class PersonalDataRights {
  constructor(
    private readonly streams: IdentityStreams,
    private readonly vault: PersonalDataVault,
  ) {}

  async record(principal: Principal, data: PersonalData): Promise<PersonalData> {
    try {
      await this.streams.changeParticipant(
        principal.participantId,
        actorOf(principal),
        (state) => recordPersonalData(state, fieldsOf(data)),
        (session) => this.vault.write(session, principal.participantId, data),
      );
    } catch (error) {
      // Says no more than that the address cannot be used: whose it is stays unsaid.
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION)
        throw new Conflict('personal-data.email-unavailable', 'this e-mail address cannot be used');
      throw error;
    }
    return data;
  }

  async erase(
    actor: Principal,
    participantId: string,
    requestedBy: 'participant' | 'administrator',
  ): Promise<void> {
    await this.streams.changeParticipant(
      participantId,
      actorOf(actor),
      (state) => erasePersonalData(state, requestedBy),
      (session) => this.vault.erase(session, participantId),
    );
  }

  async own(principal: Principal): Promise<PersonalDataView> {
    return this.viewOf(principal.participantId);
  }

  /** Staff read personal data only with a reason, and the reading is itself recorded for auditors. */
  async readAsStaff(staff: Principal, participantId: string, reason: string): Promise<PersonalDataView> {
    const view = await this.viewOf(participantId);
    const actor = actorOf(staff);
    await this.streams.inTransaction((session) =>
      this.streams.append(
        session,
        PERSONAL_DATA_ACCESS_STREAM,
        participantId,
        [
          {
            type: 'PersonalDataViewed',
            data: {
              viewedBy: staff.participantId,
              viewerRoles: staff.grants.map((grant) => grant.role),
              fields: view.personalData ? fieldsOf(view.personalData) : [],
              reason,
            },
          },
        ],
        'any',
        actor,
      ),
    );
    return view;
  }

  private async viewOf(participantId: string): Promise<PersonalDataView> {
    const { state } = await this.streams.participant(participantId);
    if (!state.registered) return { participantId, displayName: null, personalData: null, erased: false };
    const erased = state.personalData === 'erased';
    const personalData = (await this.vault.read(participantId)) ?? null;
    return {
      participantId,
      displayName: personalData?.displayName ?? (erased ? ERASED_PARTICIPANT : null),
      personalData,
      erased: erased && personalData === null,
    };
  }
}
