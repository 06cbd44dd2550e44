export { identityRoutes, type IdentityRouteOptions } from './identity.routes.js'
export { qrRoutes, type QrRouteOptions } from './qr/qr.routes.js'
export { sessionAuthenticator } from './sessions/session-authenticator.js'
export {
  createAccount,
  eidLevelOf,
  grantRole,
  principalFor,
  principalOfAccount,
  type NewAccount,
} from './accounts/accounts.service.js'
export {
  developmentSender,
  webhookSender,
  type MessageSender,
  type OutgoingMessage,
} from './sign-in/message-sender.js'
export { currentTotp } from './sign-in/second-factor.js'
export { getMyAccount, recordModel23Links, type MyAccount } from './accounts/me.service.js'
export { SESSION_COOKIE } from './sessions/sessions.js'
export {
  DEVICE_COOKIE,
  deviceCookies,
  setDeviceCookie,
  type DeviceCookies,
} from './sessions/device-cookies.js'
export {
  DEMONSTRATION_PASSWORD,
  ensureDemonstrationAccounts,
  type DemonstrationAccount,
} from './demonstration.js'
export { bindDemonstrationStaff } from './staff/demonstration-binding.js'
export {
  DEFAULT_TOKEN_LIFETIME_SECONDS,
  IDENTITY_TOKEN_TYPE,
  type EidLevel,
  type IdentityClaims,
  type IdentitySubject,
  type IdentityTokenFailure,
  type IdentityTokenReason,
  type IdentityTokenResult,
} from './qr/identity-token-claims.js'
export {
  generateSigningKey,
  publicJwkOf,
  type PublicJwks,
} from '../../platform/crypto/signing-keys.js'
export {
  createIdentityKeyRing,
  type IdentityKeyRing,
  type SignedIdentityToken,
  type SignTokenOptions,
} from './qr/identity-token-ring.js'
export {
  verifyIdentityToken,
  type VerifyTokenOptions,
  type VerifyWithJwksOptions,
} from './qr/identity-token-verify.js'
export {
  consumeIdentityToken,
  consumeIdentityTokens,
  purgeExpiredTokenUses,
  releaseIdentityTokens,
} from './qr/identity-token.queries.js'
export {
  parseCardQr,
  type CardQrReason,
  type CardQrResult,
  type ChipCard,
} from './documents/card-qr.js'
export {
  mrzCheckDigit,
  parsePassportMrz,
  type MrzField,
  type MrzReason,
  type MrzResult,
  type PassportMrz,
} from './documents/mrz.js'
export { staffRoutes } from './staff/staff.routes.js'
export {
  grantStaffRole,
  listStaffGrants,
  revokeStaffGrant,
  type GrantQuery,
  type GrantRequest,
  type StaffGrant,
  type StaffGrantPage,
  type StaffManager,
} from './staff/staff.service.js'
export { ROLE_BINDINGS } from './staff/staff.policy.js'
export {
  grantEstablishmentStaff,
  listEstablishmentStaff,
  revokeEstablishmentStaff,
  type EstablishmentOwnerActor,
  type EstablishmentStaffMember,
} from './staff/establishment-staff.js'
export {
  accountProfile,
  passwordStep,
  secondFactorStep,
  type AccountProfile,
  type PasswordStep,
} from './sign-in/provider-sign-in.js'
export { SecondFactorBody, SignInBody } from './identity.schemas.js'
export { openSession as openBrowserSession, revokeSession } from './sessions/sessions.js'
export { assertSigningJwks } from '../../platform/crypto/signing-keys.js'
export { linkRoutes } from './accounts/links.routes.js'
export {
  endMySession,
  listMySessions,
  mySessionRoutes,
  type MySession,
} from './sessions/my-sessions.js'
/** Which of these people hold an active eID of level 2 (verified sellers, model 22). */
export { findLevel2Numbers as level2Holders } from './accounts/accounts.queries.js'
/** The linked e-payment accounts (model 23) of some people: welfare pays to them. */
export { findPaymentAccounts as paymentAccountsOf } from './accounts/accounts.queries.js'
export {
  CARD_QR_ATTRIBUTES,
  CARD_QR_CHECK,
  IDENTITY_QR_CHECK,
  cardQrCheck,
  identityQrCheck,
} from './qr/partner-checks.js'
export { identityModule } from './identity.module.js'
