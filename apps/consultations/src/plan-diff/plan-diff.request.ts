import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

const MAX_VERSION = 100_000;

export class PlanDiffQuery {
  @ApiProperty({ example: 1, description: 'The earlier version' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  from!: number;

  @ApiProperty({ example: 2, description: 'The later version' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  to!: number;
}
