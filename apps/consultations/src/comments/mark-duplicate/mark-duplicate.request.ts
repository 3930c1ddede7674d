import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MarkDuplicateRequest {
  @ApiProperty({
    format: 'uuid',
    description: 'The comment of the same consultation that answers for this one',
  })
  @IsUUID()
  duplicateOf!: string;
}
