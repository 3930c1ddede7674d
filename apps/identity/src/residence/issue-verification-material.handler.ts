import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AgeBand } from '@commonplan/kernel';
import type { Principal } from '@commonplan/nest';
import { ACCESS_CODE_BATCH_STREAM } from '../access-codes/access-code.events';
import { accessCodeDigest, newAccessCode } from '../credentials';
import { IdentityKeys } from '../identity-keys.adapter';
import { actorOf, IdentityStreams } from '../identity-streams.adapter';
import { MUNICIPAL_REGISTER_STREAM } from '../municipal-register/municipal-register.events';
import { VerificationPolicy } from '../verification-policy/verification-policy.adapter';

export interface AccessCodeBatch {
  readonly batchId: string;
  /** Shown once, to print: only their digests are kept. */
  readonly codes: readonly string[];
}

/** What officers and administrators hand out or upload so residents can verify themselves. */
@Injectable()
export class IssueVerificationMaterial {
  constructor(
    private readonly streams: IdentityStreams,
    private readonly keys: IdentityKeys,
    private readonly policy: VerificationPolicy,
  ) {}

  async accessCodes(
    officer: Principal,
    batch: { size: number; district?: string; ageBand?: AgeBand },
  ): Promise<AccessCodeBatch> {
    await this.policy.requireOffered('access-code');
    const batchId = randomUUID();
    const codes = Array.from({ length: batch.size }, () => newAccessCode());
    const digests = codes.map((code) => accessCodeDigest(this.keys.accessCodePepper, code)!);
    await this.streams.inTransaction(async (session) => {
      await session.query(
        `INSERT INTO identity_access_codes (digest, batch_id, district, age_band)
         SELECT d, $2, $3, $4 FROM unnest($1::text[]) AS d`,
        [digests, batchId, batch.district ?? null, batch.ageBand ?? null],
      );
      await this.streams.append(
        session,
        ACCESS_CODE_BATCH_STREAM,
        batchId,
        [
          {
            type: 'AccessCodeBatchIssued',
            data: {
              size: batch.size,
              district: batch.district ?? null,
              ageBand: batch.ageBand ?? null,
              digests,
              issuedBy: officer.participantId,
            },
          },
        ],
        'no-stream',
        actorOf(officer),
      );
    });
    return { batchId, codes };
  }

  /** Replaces the register list; entries already claimed stay claimed, their streams say so. */
  async municipalRegister(
    administrator: Principal,
    digests: readonly string[],
  ): Promise<{ listId: string; size: number }> {
    const listId = randomUUID();
    const unique = [...new Set(digests.map((digest) => digest.toLowerCase()))].sort();
    const listDigest = createHash('sha256').update(unique.join('\n')).digest('hex');
    await this.streams.inTransaction(async (session) => {
      await session.query('DELETE FROM identity_register_entries');
      await session.query(
        'INSERT INTO identity_register_entries (digest, list_id) SELECT d, $2 FROM unnest($1::text[]) AS d',
        [unique, listId],
      );
      await this.streams.append(
        session,
        MUNICIPAL_REGISTER_STREAM,
        listId,
        [
          {
            type: 'MunicipalRegisterUploaded',
            data: { size: unique.length, listDigest, uploadedBy: administrator.participantId },
          },
        ],
        'no-stream',
        actorOf(administrator),
      );
    });
    return { listId, size: unique.length };
  }
}
