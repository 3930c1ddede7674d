import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { LANGUAGE_TAG } from '@commonplan/kernel';
import { WHO_MAY_COMMENT, type WhoMayComment } from '../consultation.events';
import type { LocalizedText } from '../localized-text';
import { IsLocalizedText } from '../localized-text.request';

const LOCALIZED = {
  example: { original: 'hr', texts: { hr: 'Akcijski plan', en: 'Action plan' } },
  description: 'Texts by language tag, the original among them',
};

export class OpenConsultationRequest {
  @IsUUID() planId!: string;

  @ApiProperty({ example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  planVersion!: number;

  @ApiProperty(LOCALIZED)
  @IsLocalizedText()
  title!: LocalizedText;

  @ApiProperty({ ...LOCALIZED, description: 'What is consulted on, and how the input will be used' })
  @IsLocalizedText()
  explanation!: LocalizedText;

  @ApiPropertyOptional({ description: 'Absent: now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  opensAt?: string;

  @ApiPropertyOptional({ description: 'Absent: 30 days after the opening' })
  @IsOptional()
  @IsISO8601({ strict: true })
  closesAt?: string;

  @ApiPropertyOptional({ example: ['hr', 'en', 'ar'], description: 'Absent: the plan’s language' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @Matches(LANGUAGE_TAG, { each: true, message: 'each language must be a language tag such as ar' })
  languages?: string[];

  @ApiPropertyOptional({ enum: WHO_MAY_COMMENT, description: 'Absent: anyone' })
  @IsOptional()
  @IsIn(WHO_MAY_COMMENT)
  whoMayComment?: WhoMayComment;
}
