import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { TALLY_RULES, type TallyRule } from '../tally';

export class ImportPabulibRequest {
  @ApiProperty({ description: 'The whole .pb file, as UTF-8 text (LF or CRLF)' })
  @IsString()
  @Length(1, 1_000_000)
  text!: string;

  @ApiPropertyOptional({ description: 'The file’s name, kept as where the election came from' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  fileName?: string;

  @ApiPropertyOptional({
    enum: TALLY_RULES,
    description: 'Count by this rule instead of the file’s META rule',
  })
  @IsOptional()
  @IsIn(TALLY_RULES)
  rule?: TallyRule;
}

export class ExportPabulibQuery {
  @ApiPropertyOptional({ description: 'A district of the cycle; without it, the city-wide part' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  district?: string;
}
