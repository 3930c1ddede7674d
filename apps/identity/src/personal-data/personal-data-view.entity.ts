import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One reading of a participant's personal data by staff, for auditors and for the participant. */
@Entity({ name: 'identity_personal_data_views' })
export class PersonalDataViewRecord {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('uuid', { name: 'viewed_by' })
  viewedBy!: string;

  @Column('jsonb', { name: 'viewer_roles' })
  viewerRoles!: string[];

  @Column('jsonb')
  fields!: string[];

  @Column('text')
  reason!: string;

  @Column('timestamptz', { name: 'viewed_at' })
  viewedAt!: Date;
}
