import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Invalid, LANGUAGE_TAG, VERIFICATION_LEVELS, type VerificationLevel } from '@commonplan/kernel';
import { CONTRIBUTOR_TYPES, type CommentTarget, type ContributorType } from '../comment.events';

const KINDS = ['plan', 'section', 'measure', 'passage'] as const;
const OFFLINE_CHANNELS = ['email', 'paper', 'meeting'] as const;

const aboutMeasure = (target: CommentTargetRequest): boolean =>
  target.kind === 'measure' || target.kind === 'passage';

/** What the comment is about; a passage is a character range of the measure's text and its quote. */
export class CommentTargetRequest {
  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS)
  kind!: (typeof KINDS)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'For a section' })
  @ValidateIf((target: CommentTargetRequest) => target.kind === 'section' || target.sectionId !== undefined)
  @IsUUID()
  sectionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For a measure or a passage of it' })
  @ValidateIf((target: CommentTargetRequest) => aboutMeasure(target) || target.measureId !== undefined)
  @IsUUID()
  measureId?: string;

  @ApiPropertyOptional({ description: 'For a passage: its first character, in UTF-16 code units from 0' })
  @ValidateIf((target: CommentTargetRequest) => target.kind === 'passage' || target.start !== undefined)
  @IsInt()
  @Min(0)
  start?: number;

  @ApiPropertyOptional({ description: 'For a passage: the character after its last' })
  @ValidateIf((target: CommentTargetRequest) => target.kind === 'passage' || target.end !== undefined)
  @IsInt()
  @Min(1)
  end?: number;

  @ApiPropertyOptional({ description: 'For a passage: its text, exactly as the measure has it there' })
  @ValidateIf((target: CommentTargetRequest) => target.kind === 'passage' || target.quote !== undefined)
  @IsString()
  @Length(1, 20_000)
  quote?: string;
}

/** A comment as a signed-in participant writes it online. */
export class SubmitCommentRequest {
  @ApiProperty({ type: CommentTargetRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => CommentTargetRequest)
  target!: CommentTargetRequest;

  @ApiProperty({ minLength: 1, maxLength: 20_000 })
  @IsString()
  @Length(1, 20_000)
  text!: string;

  @ApiProperty({ example: 'ar', description: 'The language it is written in; any language is welcome' })
  @Matches(LANGUAGE_TAG, { message: 'language must be a language tag such as ar, fa or pt-BR' })
  language!: string;

  @ApiProperty({ enum: CONTRIBUTOR_TYPES })
  @IsIn(CONTRIBUTOR_TYPES)
  contributorType!: ContributorType;

  @ApiPropertyOptional({ description: 'The organisation commenting; required unless an individual' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  organisationName?: string;

  @ApiPropertyOptional({ enum: ['anonymous', 'named'], default: 'anonymous' })
  @IsOptional()
  @IsIn(['anonymous', 'named'])
  publishedAs?: 'anonymous' | 'named';
}

/** A comment that came by e-mail, on paper or at a meeting, entered by an officer. */
export class OfflineCommentRequest extends SubmitCommentRequest {
  @ApiProperty({ enum: OFFLINE_CHANNELS })
  @IsIn(OFFLINE_CHANNELS)
  channel!: (typeof OFFLINE_CHANNELS)[number];

  @ApiPropertyOptional({ format: 'date-time', description: 'When the city received it; absent: now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The contributor, if they have an account' })
  @IsOptional()
  @IsUUID()
  contributorId?: string;

  @ApiPropertyOptional({
    enum: VERIFICATION_LEVELS,
    default: 'none',
    description: 'The residence the officer saw proven (an ID at a meeting) or declared',
  })
  @IsOptional()
  @IsIn(VERIFICATION_LEVELS)
  verificationLevel?: VerificationLevel;

  @ApiPropertyOptional({
    default: false,
    description: 'Whether the officer checked it comes from the organisation (e.g. its letterhead)',
  })
  @IsOptional()
  @IsBoolean()
  actsForOrganisation?: boolean;
}

const FIELDS_OF: Record<CommentTarget['kind'], readonly (keyof CommentTargetRequest)[]> = {
  plan: [],
  section: ['sectionId'],
  measure: ['measureId'],
  passage: ['measureId', 'start', 'end', 'quote'],
};
const TARGET_FIELDS = ['sectionId', 'measureId', 'start', 'end', 'quote'] as const;

/** The target as the domain takes it; a field its kind does not have is refused, not dropped. */
export const targetOf = (target: CommentTargetRequest): CommentTarget => {
  const extra = TARGET_FIELDS.filter(
    (field) => target[field] !== undefined && !FIELDS_OF[target.kind].includes(field),
  );
  if (extra.length > 0)
    throw new Invalid(
      'request.invalid',
      'the request has fields that break their rules',
      extra.map((field) => ({
        field: `target.${field}`,
        rule: 'target-kind',
        message: `a comment on a ${target.kind} has no ${field}`,
      })),
    );
  switch (target.kind) {
    case 'plan':
      return { kind: 'plan' };
    case 'section':
      return { kind: 'section', sectionId: target.sectionId! };
    case 'measure':
      return { kind: 'measure', measureId: target.measureId! };
    case 'passage':
      return {
        kind: 'passage',
        measureId: target.measureId!,
        start: target.start!,
        end: target.end!,
        quote: target.quote!,
      };
  }
};
