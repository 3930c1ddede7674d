import { LANGUAGE_TAG } from '@commonplan/kernel';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

/** All optional: a participant gives only what they choose to. */
export class PersonalDataRequest {
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string;

  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,24}$/, {
    message: 'phone must be digits, spaces, brackets or hyphens, optionally after +',
  })
  phone?: string;

  /** BCP 47 tags such as `ar`, `fa`, `uk`, `pt-BR`. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE_TAG, {
    each: true,
    message: 'each language must be a BCP 47 tag such as ar or pt-BR',
  })
  preferredLanguages?: string[];
}

export class StaffReadReason {
  /** Why staff need to see it, shown to auditors and to the participant. */
  @IsString()
  @Length(5, 500)
  reason!: string;
}
