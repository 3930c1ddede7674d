import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
} from 'class-validator';
import { AGE_BANDS, VERIFICATION_METHODS, type AgeBand, type VerificationMethod } from '@commonplan/kernel';

export class ResidenceDetails {
  /** A district name as the city uses it; never a street or an address. */
  @IsOptional()
  @IsString()
  @Length(1, 80)
  district?: string;

  @IsOptional()
  @IsIn(AGE_BANDS)
  ageBand?: AgeBand;
}

export class RegisterMatch {
  @IsString()
  @Length(3, 40)
  registerNumber!: string;
}

export class AccessCodeBatchRequest extends ResidenceDetails {
  @IsInt()
  @Min(1)
  @Max(1000)
  size!: number;
}

export class MunicipalRegisterUpload {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12000)
  @Matches(/^[0-9a-f]{64}$/i, {
    each: true,
    message: 'each digest must be 64 hexadecimal characters (HMAC-SHA256)',
  })
  digests!: string[];
}

export class VerificationMethods {
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(VERIFICATION_METHODS, { each: true })
  methods!: VerificationMethod[];
}
