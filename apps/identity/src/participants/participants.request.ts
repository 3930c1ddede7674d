import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { OFFICER_CONTEXTS, ROLES, type OfficerContext, type Role } from '@commonplan/kernel';

export class RoleGrantRequest {
  @IsIn(ROLES)
  role!: Role;

  /** Officers only: the context they work for. */
  @IsOptional()
  @IsIn(OFFICER_CONTEXTS)
  context?: OfficerContext;

  @IsOptional()
  @IsString()
  @Length(1, 120)
  department?: string;
}
