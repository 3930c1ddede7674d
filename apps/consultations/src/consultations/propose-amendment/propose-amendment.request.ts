import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import { Invalid, type Issue, type Schema } from '@commonplan/kernel';
import { measureContent, type MeasureContent } from '../../plans/measure';
import { AMENDMENT_KINDS, type AmendmentProposed } from '../consultation.events';
import { localizedText, type LocalizedText } from '../localized-text';

/** A change to a measure of the consulted version, and where it came from. */
export class ProposeAmendmentRequest {
  @ApiProperty({ enum: AMENDMENT_KINDS })
  @IsIn(AMENDMENT_KINDS)
  kind!: AmendmentProposed['kind'];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The measure changed or removed; none for an added one',
  })
  @IsOptional()
  @IsUUID()
  measureId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Add: the section the new measure goes into' })
  @IsOptional()
  @IsUUID()
  sectionId?: string;

  @ApiPropertyOptional({ example: '46', description: 'Add: the new measure’s number' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  number?: string;

  @ApiPropertyOptional({
    description: 'Add and change: the measure as it will read (title, text, department, budget, ...)',
  })
  @IsOptional()
  @IsObject()
  content?: MeasureContent;

  @ApiProperty({ enum: ['comments', 'elsewhere'] })
  @IsIn(['comments', 'elsewhere'])
  origin!: AmendmentProposed['origin'];

  @ApiPropertyOptional({ type: [String], description: 'The comments that motivated it', default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  motivatedBy?: string[];

  @ApiPropertyOptional({
    description: 'From elsewhere: where the change comes from (a law, a budget decision)',
  })
  @IsOptional()
  @IsObject()
  originExplanation?: LocalizedText;
}

const issuesOf = <T>(schema: Schema<T>, value: unknown, field: string): Issue[] => {
  if (value === undefined) return [];
  const parsed = schema.parse(value, field);
  return parsed.ok ? [] : parsed.issues;
};

/**
 * The amendment the body asks for, its nested texts checked against the event's own schemas so a
 * refusal names the field; an added measure gets a new id here.
 */
export const amendmentOf = (
  body: ProposeAmendmentRequest,
  ids: { readonly amendmentId: string; readonly newMeasureId: string },
  proposedBy: string,
): AmendmentProposed => {
  const issues = [
    ...issuesOf(measureContent, body.content, 'content'),
    ...issuesOf(localizedText, body.originExplanation, 'originExplanation'),
  ];
  if (body.kind === 'add' ? body.measureId !== undefined : body.measureId === undefined)
    issues.push({
      field: 'measureId',
      rule: body.kind === 'add' ? 'absent' : 'required',
      message: body.kind === 'add' ? 'an added measure gets its id here' : `a ${body.kind} names its measure`,
    });
  if (issues.length > 0)
    throw new Invalid('request.invalid', 'the request has fields that break their rules', issues);
  return {
    amendmentId: ids.amendmentId,
    kind: body.kind,
    measureId: body.measureId ?? ids.newMeasureId,
    sectionId: body.sectionId ?? null,
    number: body.number ?? null,
    content: body.content ?? null,
    origin: body.origin,
    motivatedBy: body.motivatedBy ?? [],
    originExplanation: body.originExplanation ?? null,
    proposedBy,
  };
};
