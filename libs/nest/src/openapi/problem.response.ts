import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Issue } from '@commonplan/kernel';
import type { Problem } from '../http/problem';

export class IssueResponse implements Issue {
  @ApiProperty({ example: 'location.district' })
  readonly field!: string;

  @ApiProperty({ example: 'minLength', description: 'The rule that failed' })
  readonly rule!: string;

  @ApiProperty({ example: 'district must be longer than or equal to 2 characters' })
  readonly message!: string;
}

/** The body of every error response (RFC 9457), documented once for every operation. */
export class ProblemResponse implements Problem {
  @ApiProperty({ example: 'urn:commonplan:problem:ballot.over-budget' })
  readonly type!: string;

  @ApiProperty({ example: 'Rule violated' })
  readonly title!: string;

  @ApiProperty({ example: 422 })
  readonly status!: number;

  @ApiProperty({ example: 'the chosen projects cost more than the budget' })
  readonly detail!: string;

  @ApiProperty({ example: 'ballot.over-budget', description: 'Stable: clients may branch on it' })
  readonly code!: string;

  @ApiProperty({ example: '/cycles/2027/ballots' })
  readonly instance!: string;

  @ApiPropertyOptional({ type: [IssueResponse], description: 'On 400: one entry per broken rule' })
  readonly errors?: IssueResponse[];
}
