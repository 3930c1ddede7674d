import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { LANGUAGE_TAG } from '@commonplan/kernel';

export class OutcomeReportQuery {
  @ApiPropertyOptional({
    description:
      'The language of the page and of the reasons, where a translation exists; one of the ' +
      'consultation’s languages, else its first',
    example: 'hr',
  })
  @IsOptional()
  @Matches(LANGUAGE_TAG)
  lang?: string;
}
