import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { RoleGrantRequest } from '../participants/participants.request';

/** A handle, not a name: staff are people too, and their names need not travel through logs. */
export const STAFF_USERNAME = /^[a-z0-9][a-z0-9.-]{2,59}$/;

export class StaffAccountRequest {
  @Matches(STAFF_USERNAME, {
    message: 'username must be 3 to 60 lower-case letters, digits, dots or hyphens',
  })
  username!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantRequest)
  grants!: RoleGrantRequest[];
}

export class StaffEnrolment {
  @IsString()
  @Length(20, 100)
  enrolmentToken!: string;

  @IsString()
  @Length(1, 1024)
  password!: string;
}

export class StaffSignIn {
  @IsString()
  @Length(1, 60)
  username!: string;

  @IsString()
  @Length(1, 1024)
  password!: string;

  @Matches(/^\d{3} ?\d{3}$/, { message: 'totp must be the 6 digits the authenticator app shows' })
  totp!: string;
}
