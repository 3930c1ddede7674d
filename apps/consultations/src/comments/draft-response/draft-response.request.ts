import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import type { LocalizedText } from '../../consultations/localized-text';
import { RESPONSE_STATUSES, type ResponseStatus } from '../comment.events';
import type { DraftResponse } from './draft-response';

const TEXT_EXAMPLE = {
  original: 'hr',
  texts: { hr: 'Već je predviđeno mjerom 12.', en: 'Measure 12 does it.' },
};

/** A response to a comment, drafted until the outcome is published with it. */
export class DraftResponseRequest {
  @ApiProperty({ enum: RESPONSE_STATUSES })
  @IsIn(RESPONSE_STATUSES)
  status!: ResponseStatus;

  @ApiPropertyOptional({ example: TEXT_EXAMPLE, description: 'Required unless accepted' })
  @IsOptional()
  @IsObject()
  reason?: LocalizedText;

  @ApiProperty({ example: 'Social Welfare Department', description: 'The unit that answers' })
  @IsString()
  @Length(1, 200)
  respondingUnit!: string;

  @ApiPropertyOptional({ type: [String], description: 'The amendments it led to', default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  amendmentIds?: string[];

  @ApiPropertyOptional({
    example: TEXT_EXAMPLE,
    description: 'Why an accepted comment needs no amendment, if it cites none',
  })
  @IsOptional()
  @IsObject()
  noAmendmentNeededBecause?: LocalizedText;
}

/** One response to a group of similar comments, each of which it answers. */
export class DraftGroupResponseRequest extends DraftResponseRequest {
  @ApiProperty({ type: [String], description: 'The comments of the group, each once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  commentIds!: string[];
}

export const responseOf = (body: DraftResponseRequest, draftedBy: string): DraftResponse => ({
  status: body.status,
  reason: body.reason ?? null,
  respondingUnit: body.respondingUnit,
  amendmentIds: body.amendmentIds ?? [],
  noAmendmentNeededBecause: body.noAmendmentNeededBecause ?? null,
  draftedBy,
});
