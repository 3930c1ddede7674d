import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Principal } from '@commonplan/nest';
import { IdentityStreams } from '../identity-streams.adapter';
import { PARTICIPANT_STREAM } from '../participants/participant.events';
import { Sessions, type SessionRecord } from '../sign-in/sessions.adapter';
import { PersonalDataRights } from './personal-data.handler';
import type { PersonalData } from './personal-data';
import { PersonalDataViewRecord } from './personal-data-view.entity';

export interface ParticipantExport {
  readonly participantId: string;
  readonly exportedAt: string;
  readonly personalData: PersonalData | null;
  readonly erased: boolean;
  readonly residence: unknown;
  readonly roles: unknown;
  readonly sessions: readonly SessionRecord[];
  /** Every event of the participant's stream, as stored. */
  readonly events: readonly { type: string; data: unknown; recordedAt: string }[];
  /** Who among staff read this participant's personal data, and why. */
  readonly personalDataViews: readonly {
    viewedBy: string;
    viewerRoles: string[];
    fields: string[];
    reason: string;
    viewedAt: string;
  }[];
}

/** Everything identity holds about the participant asking, in one JSON document. */
@Injectable()
export class ExportParticipant {
  constructor(
    private readonly streams: IdentityStreams,
    private readonly rights: PersonalDataRights,
    private readonly sessions: Sessions,
    @InjectRepository(PersonalDataViewRecord) private readonly views: Repository<PersonalDataViewRecord>,
  ) {}

  async export(principal: Principal): Promise<ParticipantExport> {
    const participantId = principal.participantId;
    const [{ state }, events, own, sessions, views] = await Promise.all([
      this.streams.participant(participantId),
      this.streams.read(PARTICIPANT_STREAM, participantId),
      this.rights.own(principal),
      this.sessions.of(participantId),
      this.views.find({ where: { participantId }, order: { viewedAt: 'ASC' } }),
    ]);
    return {
      participantId,
      exportedAt: new Date().toISOString(),
      personalData: own.personalData,
      erased: own.erased,
      residence: state.residence,
      roles: state.grants,
      sessions,
      events: events.map((event) => {
        const recorded = event as unknown as { type: string; data: unknown; recordedAt: Date };
        return { type: recorded.type, data: recorded.data, recordedAt: recorded.recordedAt.toISOString() };
      }),
      personalDataViews: views.map((view) => ({
        viewedBy: view.viewedBy,
        viewerRoles: view.viewerRoles,
        fields: view.fields,
        reason: view.reason,
        viewedAt: view.viewedAt.toISOString(),
      })),
    };
  }
}
