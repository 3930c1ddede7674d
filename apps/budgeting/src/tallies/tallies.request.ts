import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextRequest } from '../shared.request';

export class OverrideRequest {
  @IsUUID() projectId!: string;

  @IsIn(['fund', 'unfund']) decision!: 'fund' | 'unfund';

  /** Shown with the results: why the officer departs from the count, in the languages residents read. */
  @IsObject() @ValidateNested() @Type(() => LocalizedTextRequest) reason!: LocalizedTextRequest;
}

export class CountedBallotsQuery {
  /** A receipt: only that ballot, so a voter checks theirs without downloading every ballot. */
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'receipt is the 64 hex digits the voter was given' })
  receipt?: string;

  /** Paging: ballots whose receipt sorts after this one. */
  @IsOptional()
  @Matches(/^[0-9a-f]{1,64}$/, { message: 'after is a receipt (hex digits)' })
  after?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000) limit?: number;
}
