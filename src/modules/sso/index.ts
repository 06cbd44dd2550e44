export { createSso, type Sso, type SsoConfig } from './sso.js'
export { ACR_LEVEL_1, ACR_LEVEL_2 } from './assurance.js'
export {
  WEB_CLIENT_ID,
  disableClient,
  listClients,
  registerClient,
  rotateClientSecret,
  type ClientSummary,
  type NewClient,
  type RegisteredClient,
  type RegistryContext,
} from './sso.clients.service.js'
export { deriveSsoSecrets, type SsoSecrets } from './secrets.js'
export { listConsents, revokeConsent, type Consent } from './sso.consents.service.js'
export { purgeExpiredSsoState } from './provider-adapter.js'
export { ssoUsage } from './sso.kpi.js'
export { clientNames } from './sso.clients.queries.js'
export { ssoModule } from './sso.module.js'
