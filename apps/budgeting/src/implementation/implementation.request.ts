import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../projects/project.events';
import { LocalizedTextRequest } from '../shared.request';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CALENDAR_DATE_MESSAGE = 'dates are calendar days written as YYYY-MM-DD';

export class MilestoneRequest {
  @IsObject() @ValidateNested() @Type(() => LocalizedTextRequest) title!: LocalizedTextRequest;

  @Matches(CALENDAR_DATE, { message: CALENDAR_DATE_MESSAGE })
  @IsISO8601({ strict: true })
  plannedFor!: string;

  /** Left out, or null, while the milestone is still ahead. */
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: CALENDAR_DATE_MESSAGE })
  @IsISO8601({ strict: true })
  reachedOn?: string | null;
}

export class PhotoRequest {
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'url must be an https:// address' })
  @MaxLength(2000)
  url!: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextRequest)
  caption?: LocalizedTextRequest;

  /** What the photo shows, for screen readers and slow connections that skip images. */
  @IsObject() @ValidateNested() @Type(() => LocalizedTextRequest) alt!: LocalizedTextRequest;
}

export class ImplementationUpdateRequest {
  @IsIn(IMPLEMENTATION_STATUSES) status!: ImplementationStatus;

  /** Percent done; a completed project is at 100. */
  @IsInt() @Min(0) @Max(100) progress!: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneRequest)
  milestones?: MilestoneRequest[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PhotoRequest)
  photos?: PhotoRequest[];

  /** The public note residents read, in the languages the city writes it in. */
  @IsObject() @ValidateNested() @Type(() => LocalizedTextRequest) note!: LocalizedTextRequest;
}
