import { OptionalNotNull } from './partial-dto';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../model/account';
import { INSTITUTION_KINDS, type InstitutionKind } from '../model/institution';
import { ROLES, type Role } from '../model/policy';
import { msg } from '../model/message';

export class LoginDto {
  @IsEmail({}, { message: msg`email must be an e-mail address` })
  @MaxLength(254)
  email!: string;

  @IsString()
  @MaxLength(1024)
  password!: string;

  /** Return the session as a bearer token in the body as well (scripts, apps). */
  @OptionalNotNull()
  @IsBoolean()
  bearer?: boolean;
}

/** `POST /api/v1/auth/password`: change one's own password (ends one's other sessions). */
export class ChangePasswordDto {
  @IsString()
  @MaxLength(1024)
  currentPassword!: string;

  /** The password policy: at least PASSWORD_MIN_LENGTH characters, not breached, not guessable. */
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

/** `PUT /api/v1/auth/preferences`: the signed-in user's own settings. */
export class PreferencesDto {
  /** The interface language, kept with the account so that every device and e-mail uses it. */
  @IsIn(INTERFACE_LANGUAGES)
  uiLanguage!: InterfaceLanguage;
}

/** `POST /api/v1/auth/password-reset`: set a new password with the one-time token of a reset link. */
export class ResetPasswordDto {
  @IsString()
  @Length(20, 200)
  token!: string;

  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

/** `POST /api/v1/users` (admin): a new account. */
export class CreateUserDto {
  @IsEmail({}, { message: msg`email must be an e-mail address` })
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(1, 200)
  displayName!: string;

  @IsIn(ROLES)
  role!: Role;

  /** Required for authors (a school) and reviewers (an association). */
  @IsOptional()
  @IsUUID('all')
  institutionId?: string | null;

  /** The password policy: at least PASSWORD_MIN_LENGTH characters, not breached, not guessable. */
  @IsString()
  @MaxLength(1024)
  password!: string;
}

/** `PATCH /api/v1/users/:id` (admin): deactivate or reactivate an account. */
export class UpdateUserDto {
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @OptionalNotNull()
  @IsString()
  @Length(1, 200)
  displayName?: string;
}

/** `POST /api/v1/institutions` (admin). */
export class CreateInstitutionDto {
  @IsString()
  @Length(1, 200)
  name!: string;

  @IsIn(INSTITUTION_KINDS)
  kind!: InstitutionKind;

  @Matches(/^[A-Z]{2}$/, {
    message: msg`country must be an ISO 3166-1 alpha-2 code such as DE or LT`,
  })
  country!: string;
}

/** `POST /api/v1/institutions/:id/partners` (admin): a school works with an association. */
export class AddPartnerDto {
  @IsUUID('all')
  associationId!: string;
}

/** `POST …/submit`: the associations to review; default: those the school works with. */
export class SubmitDto {
  @OptionalNotNull()
  @IsArray()
  @ArrayMinSize(1, {
    message: msg`associationIds must name at least one association (or be left out)`,
  })
  @ArrayMaxSize(50)
  @IsUUID('all', {
    each: true,
    message: msg`each of associationIds must be the id of an association`,
  })
  associationIds?: string[];
}
