import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecordedEvent } from '@commonplan/event-store';
import type { BallotCast } from './ballot.events';

export class BallotChoicesResponse {
  @ApiProperty({ enum: ['approval', 'knapsack', 'ranked', 'cumulative'] })
  readonly kind!: BallotCast['kind'];

  @ApiProperty({ type: [String], description: 'Project ids, in rank order for a ranked ballot' })
  readonly projects!: readonly string[];

  @ApiPropertyOptional({
    type: [Number],
    nullable: true,
    description: 'Cumulative ballots: points per project, in the order of `projects`',
  })
  readonly points!: readonly number[] | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The district it counts in; null: citywide',
  })
  readonly district!: string | null;

  @ApiProperty({ enum: ['online', 'paper'] })
  readonly channel!: BallotCast['channel'];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The officer who recorded a paper ballot',
  })
  readonly recordedBy!: string | null;
}

/** What a voter keeps: the receipt finds their ballot in the published list of counted ballots. */
export class BallotReceiptResponse {
  @ApiProperty({ format: 'uuid' })
  readonly cycleId!: string;

  @ApiProperty({
    example: '9f2c5e0a4b7d1e3f6a8c0b2d4e6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d2f4',
    description:
      'The hash of this version of the ballot as the log recorded it (hex SHA-256): keep it to find ' +
      'the ballot in the published list of counted ballots',
  })
  readonly receipt!: string;

  @ApiProperty({
    example: 1,
    description: 'Which version of the voter’s ballot this is; the last one counts',
  })
  readonly version!: number;

  @ApiProperty({ format: 'date-time' })
  readonly castAt!: string;

  @ApiProperty({ type: BallotChoicesResponse })
  readonly ballot!: BallotChoicesResponse;
}

export const receiptOf = (
  recorded: Pick<RecordedEvent<BallotCast>, 'data' | 'hash' | 'streamPosition' | 'recordedAt'>,
): BallotReceiptResponse => {
  const { cycleId, kind, projects, points, district, channel, recordedBy } = recorded.data;
  // Named one by one: the log hands the data back in its own key order, and a first answer and its
  // retry must read the same.
  return {
    cycleId,
    receipt: recorded.hash,
    version: recorded.streamPosition,
    castAt: recorded.recordedAt.toISOString(),
    ballot: { kind, projects, points, district, channel, recordedBy },
  };
};
