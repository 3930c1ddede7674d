import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class PublishOutcomeRequest {
  @ApiPropertyOptional({
    description:
      'Publish although some comments have no response; they are then listed in the outcome as unanswered.',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  publishWithUnanswered?: boolean;
}
