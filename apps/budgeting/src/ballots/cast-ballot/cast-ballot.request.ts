import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  Length,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { Invalid } from '@commonplan/kernel';
import type { BallotChoices } from '../../cycles/ballot-rules';

const MAX_CHOICES = 1000;

@ValidatorConstraint({ name: 'points-per-project' })
class PointsPerProject implements ValidatorConstraintInterface {
  validate(points: unknown): boolean {
    if (typeof points !== 'object' || points === null || Array.isArray(points)) return false;
    const entries = Object.entries(points);
    return (
      entries.length <= MAX_CHOICES &&
      entries.every(
        ([id, given]) =>
          id.length >= 1 && id.length <= 100 && Number.isSafeInteger(given) && (given as number) >= 1,
      )
    );
  }

  defaultMessage(): string {
    return 'points maps project ids to whole numbers from 1';
  }
}

/** The shapes the cycle's rules know: project ids, or points per project for a cumulative ballot. */
export class CastBallotRequest {
  @ApiProperty({ enum: ['approval', 'knapsack', 'ranked', 'cumulative'], description: 'As the cycle takes' })
  @IsIn(['approval', 'knapsack', 'ranked', 'cumulative'])
  kind!: 'approval' | 'knapsack' | 'ranked' | 'cumulative';

  @ApiPropertyOptional({
    type: [String],
    description: 'Approval, knapsack, ranked: the chosen project ids, favourite first when ranked',
  })
  @ValidateIf((body: CastBallotRequest) => body.kind !== 'cumulative' || body.projects !== undefined)
  @IsArray()
  @ArrayMaxSize(MAX_CHOICES)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  projects?: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1 },
    example: { '0b6f3c52-8d1e-4c3a-9f2b-7e5d4c3b2a19': 3 },
    description: 'Cumulative: points per project id',
  })
  @ValidateIf((body: CastBallotRequest) => body.kind === 'cumulative' || body.points !== undefined)
  @Validate(PointsPerProject)
  points?: Record<string, number>;
}

/** At a booth: the officer records the ballot of the participant whose id the voter shows. */
export class PaperBallotRequest extends CastBallotRequest {
  @ApiProperty({ format: 'uuid', description: 'From the voter’s access-code card or sign-in' })
  @IsUUID()
  participantId!: string;
}

/** The choices the body names; each kind uses one of the two fields and must leave the other out. */
export const choicesOf = (body: CastBallotRequest): BallotChoices => {
  const wrong = body.kind === 'cumulative' ? body.projects : body.points;
  if (wrong !== undefined) {
    const field = body.kind === 'cumulative' ? 'projects' : 'points';
    throw new Invalid('request.invalid', 'the request has fields that break their rules', [
      {
        field,
        rule: 'ballot-kind',
        message: `a ${body.kind} ballot gives ${body.kind === 'cumulative' ? 'points' : 'projects'}, not ${field}`,
      },
    ]);
  }
  return body.kind === 'cumulative'
    ? { kind: 'cumulative', points: body.points! }
    : { kind: body.kind, projects: body.projects! };
};
