export { encodeBase32, decodeBase32 } from './base32';
export { otpauthUri, type OtpauthAccount } from './totp';
export { generateTotpSecret, totpAt, verifyTotp, type TotpCheck } from './totp.adapter';
export { passwordRules } from './password-rules';
export { PasswordHasher } from './password-hasher.adapter';
export {
  generateDataKey,
  sealWithKey,
  openWithKey,
  wrapKey,
  unwrapKey,
  parseMasterKey,
} from './vault-cipher.adapter';
export { blindIndex } from './blind-index.adapter';
export { formatAccessCode, normaliseAccessCode } from './access-code';
export { newAccessCode, accessCodeDigest } from './access-code.adapter';
export { registerNumberDigest } from './register-number.adapter';
