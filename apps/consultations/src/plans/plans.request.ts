import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { LANGUAGE_TAG } from '@commonplan/kernel';
import { PLAN_KINDS, type PlanKind } from './plan.events';

const LANGUAGE_MESSAGE = 'language must be a language tag such as hr, ar or pt-BR';

export class BudgetRequest {
  @ApiProperty({ example: '1200000', description: 'Whole minor units (cents), as digits' })
  @Matches(/^\d{1,18}$/, { message: 'amount is whole minor units (cents) written as digits' })
  amount!: string;

  @ApiProperty({ example: 'EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency!: string;
}

export class MeasureRequest {
  @ApiPropertyOptional({ description: 'Kept when the draft is revised; a new one is given when absent' })
  @IsOptional()
  @IsUUID()
  measureId?: string;

  @ApiPropertyOptional({ example: '2.4', description: 'Absent: the measure’s place in the plan, from 1' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  number?: string;

  @IsString() @Length(1, 300) title!: string;
  @IsString() @Length(1, 20_000) text!: string;
  @IsOptional() @IsString() @Length(1, 200) department?: string;

  @IsOptional() @IsObject() @ValidateNested() @Type(() => BudgetRequest) budget?: BudgetRequest;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 120, { each: true })
  targetGroups?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  indicators?: string[];
}

export class SectionRequest {
  @ApiPropertyOptional({ description: 'Kept when the draft is revised; a new one is given when absent' })
  @IsOptional()
  @IsUUID()
  sectionId?: string;

  @IsString() @Length(1, 500) heading!: string;
  @IsOptional() @IsString() @Length(1, 20_000) introduction?: string;

  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => MeasureRequest)
  measures!: MeasureRequest[];
}

/** A plan typed in a form: its whole content, as a draft or a revision of the draft. */
export class PlanDraftRequest {
  @ApiProperty({ enum: PLAN_KINDS })
  @IsIn(PLAN_KINDS)
  kind!: PlanKind;

  @IsString() @Length(1, 300) title!: string;

  @ApiProperty({ example: 'hr' })
  @Matches(LANGUAGE_TAG, { message: LANGUAGE_MESSAGE })
  language!: string;

  @IsOptional() @IsString() @Length(1, 20_000) summary?: string;

  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SectionRequest)
  sections!: SectionRequest[];
}
