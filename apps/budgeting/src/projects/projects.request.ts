import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsObject,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextRequest, MINOR_UNITS, MINOR_UNITS_MESSAGE } from '../shared.request';

export class PlaceRequest {
  @IsString() @Length(1, 200) name!: string;
  @IsNumber() @Min(-90) @Max(90) latitude!: number;
  @IsNumber() @Min(-180) @Max(180) longitude!: number;
}

export class ProposeProjectRequest {
  @IsObject() @ValidateNested() @Type(() => LocalizedTextRequest) title!: LocalizedTextRequest;
  @IsObject() @ValidateNested() @Type(() => LocalizedTextRequest) description!: LocalizedTextRequest;
  @IsString() @Length(1, 60) category!: string;
  @IsOptional() @IsString() @Length(1, 80) district?: string;
  @Matches(MINOR_UNITS, { message: MINOR_UNITS_MESSAGE }) costEstimate!: string;
  @IsOptional() @ValidateNested() @Type(() => PlaceRequest) place?: PlaceRequest;
}

export class FeasibilityRequest {
  @IsBoolean() feasible!: boolean;

  @ValidateIf((body: FeasibilityRequest) => body.feasible === true)
  @Matches(MINOR_UNITS, { message: MINOR_UNITS_MESSAGE })
  finalCost?: string;

  /** Public, and sent to the author, when the project cannot be done. */
  @ValidateIf((body: FeasibilityRequest) => body.feasible === false)
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextRequest)
  reason?: LocalizedTextRequest;
}

export class MergeRequest {
  @IsUUID() into!: string;
}
