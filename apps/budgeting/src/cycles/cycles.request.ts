import { Type } from 'class-transformer';
import {
  IsArray,
  IsObject,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextRequest, MINOR_UNITS, MINOR_UNITS_MESSAGE } from '../shared.request';
import { PHASES, type Phase } from './cycle.events';

export class MoneyRequest {
  @Matches(MINOR_UNITS, { message: MINOR_UNITS_MESSAGE })
  amount!: string;

  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency!: string;
}

export class DistrictRequest {
  @IsString()
  @Length(1, 80)
  name!: string;

  @Matches(MINOR_UNITS, { message: MINOR_UNITS_MESSAGE })
  budget!: string;
}

export class PhaseDatesRequest {
  @IsIn(PHASES)
  phase!: Phase;

  @IsISO8601({ strict: true })
  startsOn!: string;

  @IsISO8601({ strict: true })
  endsOn!: string;
}

export class BallotRulesRequest {
  @IsIn(['approval', 'knapsack', 'ranked', 'cumulative'])
  kind!: 'approval' | 'knapsack' | 'ranked' | 'cumulative';

  @IsOptional() @IsInt() @Min(1) @Max(1000) maxChoices?: number;
  @IsOptional() @IsInt() @Min(0) @Max(1000) minChoices?: number;
  @IsOptional() @IsNumber() @Min(0) @Max(1) minSpendShare?: number;
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000) points?: number;
}

export class TallyRuleRequest {
  @IsIn(['greedy', 'greedy-threshold', 'mes'])
  rule!: 'greedy' | 'greedy-threshold' | 'mes';

  /** greedy-threshold only: the score a project must reach to be considered. */
  @IsOptional() @IsNumber() @Min(0) @Max(1e15) threshold?: number;
}

/** The ballot rules, and with them the tally rule if it changes too: both lock when voting opens. */
export class ChangeBallotRulesRequest extends BallotRulesRequest {
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TallyRuleRequest)
  tallyRule?: TallyRuleRequest;
}

export class EligibilityRequest {
  @IsOptional() @IsInt() @Min(0) @Max(120) minimumAge?: number;

  @IsIn(['self-declared', 'verified'])
  verificationLevel!: 'self-declared' | 'verified';

  @IsOptional() @IsArray() @IsString({ each: true }) districts?: string[];
}

export class OpenCycleRequest {
  @IsObject() @ValidateNested() @Type(() => LocalizedTextRequest) title!: LocalizedTextRequest;
  @IsObject() @ValidateNested() @Type(() => MoneyRequest) budget!: MoneyRequest;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DistrictRequest)
  districts?: DistrictRequest[];
  @IsOptional() @IsBoolean() withSupports?: boolean;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PhaseDatesRequest)
  schedule?: PhaseDatesRequest[];
  @IsObject() @ValidateNested() @Type(() => BallotRulesRequest) ballotRules!: BallotRulesRequest;
  @IsObject() @ValidateNested() @Type(() => EligibilityRequest) eligibility!: EligibilityRequest;
  /** Greedy when left out. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TallyRuleRequest)
  tallyRule?: TallyRuleRequest;
}
