import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class AccessCodeSignIn {
  /** As printed, `XXXX-XXXX-XXXX`; spaces, hyphens and look-alike letters are forgiven. */
  @IsString()
  @Length(12, 40)
  code!: string;
}

export class EmailLinkRequest {
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class EmailLinkRedemption {
  @IsString()
  @Length(20, 100)
  token!: string;
}
