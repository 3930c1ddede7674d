import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import type { LocalizedText } from '../../consultations/localized-text';

export class HideCommentRequest {
  @ApiProperty({
    description: 'The public reason, in the language it is written in and any translations',
    example: { original: 'en', texts: { en: 'Names a private person', hr: 'Imenuje privatnu osobu' } },
  })
  @IsObject()
  reason!: LocalizedText;
}
