import { Inject, Injectable } from '@nestjs/common';
import { byteaOf, type SqlDatabase, type SqlSession } from '@commonplan/event-store';
import { SQL_DATABASE } from '@commonplan/nest';
import { blindIndex, generateDataKey, openWithKey, sealWithKey, unwrapKey, wrapKey } from '../credentials';
import { IdentityKeys } from '../identity-keys.adapter';
import type { PersonalData } from './personal-data';

interface VaultRow {
  readonly wrapped_key: Uint8Array;
  readonly sealed: Uint8Array | null;
}

/**
 * Personal data sealed with a key of its own per participant, the key wrapped with the master key.
 * Erasure deletes the key and the sealed data together: whatever copy of the sealed data survives
 * elsewhere (a backup) can no longer be opened. E-mail is findable through a keyed blind index only.
 */
@Injectable()
export class PersonalDataVault {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly keys: IdentityKeys,
  ) {}

  emailIndexOf(email: string): string {
    return blindIndex(this.keys.emailIndex, email);
  }

  async read(participantId: string, session: SqlSession = this.db): Promise<PersonalData | undefined> {
    const { rows } = await session.query<VaultRow>(
      `SELECT k.wrapped_key, d.sealed FROM identity_vault_keys k
         LEFT JOIN identity_personal_data d ON d.participant_id = k.participant_id
        WHERE k.participant_id = $1`,
      [participantId],
    );
    const row = rows[0];
    if (!row?.sealed) return undefined;
    const key = unwrapKey(this.keys.master, byteaOf(row.wrapped_key));
    return JSON.parse(Buffer.from(openWithKey(key, byteaOf(row.sealed))).toString('utf8')) as PersonalData;
  }

  /** Replaces what is held with `data`; fields left out are no longer held. */
  async write(session: SqlSession, participantId: string, data: PersonalData): Promise<void> {
    const { rows } = await session.query<{ wrapped_key: Uint8Array }>(
      'SELECT wrapped_key FROM identity_vault_keys WHERE participant_id = $1',
      [participantId],
    );
    let key: Uint8Array;
    if (rows[0]) key = unwrapKey(this.keys.master, byteaOf(rows[0].wrapped_key));
    else {
      key = generateDataKey();
      await session.query('INSERT INTO identity_vault_keys (participant_id, wrapped_key) VALUES ($1, $2)', [
        participantId,
        Buffer.from(wrapKey(this.keys.master, key)),
      ]);
    }
    const sealed = Buffer.from(sealWithKey(key, Buffer.from(JSON.stringify(data), 'utf8')));
    const emailIndex = data.email === undefined ? null : this.emailIndexOf(data.email);
    await session.query(
      `INSERT INTO identity_personal_data (participant_id, sealed, email_index) VALUES ($1, $2, $3)
       ON CONFLICT (participant_id) DO UPDATE SET sealed = excluded.sealed, email_index = excluded.email_index`,
      [participantId, sealed, emailIndex],
    );
  }

  async participantWithEmail(email: string, session: SqlSession = this.db): Promise<string | undefined> {
    const { rows } = await session.query<{ participant_id: string }>(
      'SELECT participant_id FROM identity_personal_data WHERE email_index = $1',
      [this.emailIndexOf(email)],
    );
    return rows[0]?.participant_id;
  }

  /** Deletes the key and the sealed data, and any pending sign-in link to the participant's e-mail. */
  async erase(session: SqlSession, participantId: string): Promise<void> {
    await session.query(
      `DELETE FROM identity_email_links WHERE email_index IN
         (SELECT email_index FROM identity_personal_data WHERE participant_id = $1)`,
      [participantId],
    );
    await session.query('DELETE FROM identity_vault_keys WHERE participant_id = $1', [participantId]);
  }
}
