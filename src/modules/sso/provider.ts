import { createHmac } from 'node:crypto'
import type { JWK } from 'jose'
import Provider, {
  errors,
  interactionPolicy,
  type Configuration,
  type KoaContextWithOIDC,
} from 'oidc-provider'
import { PERMISSIONS } from '../../platform/auth/roles.js'
import type { Executor } from '../../platform/db/database.js'
import { verifiedSellerClaim } from '../businesses/index.js'
import { accountProfile } from '../identity/index.js'
import { adapterFactory, type ClientDirectory } from './provider-adapter.js'
import { PROVIDER_CLAIMS } from './claims.js'
import { ACR_VALUES, acrOfLevel, assertOnlyAcrClaims, requiredLevel } from './assurance.js'
import { isFirstParty } from './sso.clients.queries.js'
import { findLiveConsent } from './sso.consents.queries.js'
import { logoutSource, postLogoutSuccessSource, renderError } from './provider-pages.presenters.js'
import { SECRET_VERSION, type SsoSecrets } from './secrets.js'
import { SECTOR, sectorOf } from './sectors.js'

export interface ProviderOptions {
  db: Executor
  /** Where residents reach the platform; the issuer is `${publicUrl}/oidc`. */
  publicUrl: string
  signingKeys: JWK[]
  secrets: SsoSecrets
  clients: ClientDirectory
  sessionTtlHours: number
}

/** Machine clients ask for the platform's permissions as scopes, for the platform's own API. */
export const apiAudience = (publicUrl: string): string => `${publicUrl}/api`

const GENDER = { M: 'male', F: 'female' } as const

function findAccount(db: Executor) {
  return async (_ctx: KoaContextWithOIDC, accountId: string) => {
    const profile = await accountProfile(db, accountId)
    if (!profile?.active) return undefined
    return {
      accountId,
      claims: async (_use: string, scope: string) => ({
        sub: accountId,
        name: profile.fullName,
        birthdate: profile.birthDate,
        gender: GENDER[profile.sex],
        eid_level: profile.level,
        personal_number: profile.personalNumber,
        // The register is read only when the client was granted the scope that releases it.
        ...(scope.split(' ').includes('seller')
          ? { verified_seller: await verifiedSellerClaim(db, profile) }
          : {}),
      }),
    }
  }
}

/** A session signed in below the level the client asks for must sign in (and be refused) again. */
function interactions() {
  const policy = interactionPolicy.base()
  policy.get('login')!.checks.add(
    new interactionPolicy.Check(
      'eid_level',
      'the requested eID level is above the one of this sign-in',
      (ctx) => {
        const level = ctx.oidc.session?.acr === acrOfLevel(2) ? 2 : 1
        return requiredLevel(ctx.oidc.params?.acr_values) > level
          ? interactionPolicy.Check.REQUEST_PROMPT
          : interactionPolicy.Check.NO_NEED_TO_PROMPT
      },
    ),
  )
  return {
    policy,
    url: (_ctx: KoaContextWithOIDC, i: { uid: string }) => `/sso/interaction/${i.uid}`,
  }
}

/**
 * A grant already given: the session's own, or the consent the resident gave this client on an
 * earlier visit (remembered until revoked), or, for the platform's own web app, no consent at all.
 */
function loadExistingGrant(db: Executor) {
  return async (ctx: KoaContextWithOIDC) => {
    const { session, client, provider } = ctx.oidc
    if (!session?.accountId || !client) return undefined
    const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId)
    const existing = grantId ? await provider.Grant.find(grantId) : undefined
    if (existing) return existing
    const remembered = (await isFirstParty(db, client.clientId))
      ? { scopes: [...ctx.oidc.requestParamScopes], claims: [] }
      : await findLiveConsent(db, session.accountId, client.clientId)
    if (!remembered) return undefined
    const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId })
    grant.addOIDCScope(remembered.scopes.join(' '))
    if (remembered.claims.length > 0) grant.addOIDCClaims(remembered.claims)
    await grant.save()
    return grant
  }
}

function machineTokens(publicUrl: string) {
  const audience = apiAudience(publicUrl)
  return {
    enabled: true,
    // User sign-ins keep userinfo-bound tokens; only machine clients get tokens for the API.
    defaultResource: (ctx: KoaContextWithOIDC) =>
      ctx.oidc.params?.grant_type === 'client_credentials' ? audience : undefined,
    useGrantedResource: () => true,
    getResourceServerInfo: (_ctx: KoaContextWithOIDC, resource: string) => {
      if (resource !== audience) throw new errors.InvalidTarget()
      return {
        scope: PERMISSIONS.join(' '),
        audience,
        accessTokenTTL: 600,
        accessTokenFormat: 'jwt' as const,
        jwt: { sign: { alg: 'ES256' as const } },
      }
    },
  }
}

export function createProvider(options: ProviderOptions): Provider {
  const { db, publicUrl, secrets } = options
  const secure = publicUrl.startsWith('https:')
  const configuration: Configuration = {
    adapter: adapterFactory(db, options.clients),
    jwks: { keys: options.signingKeys },
    cookies: {
      keys: secrets.cookieKeys,
      long: { signed: true, httpOnly: true, sameSite: 'lax', secure },
      short: { signed: true, httpOnly: true, sameSite: 'lax', secure },
      names: { session: 'cds_sso', interaction: 'cds_sso_interaction', resume: 'cds_sso_resume' },
    },
    claims: PROVIDER_CLAIMS,
    scopes: ['openid', 'offline_access', 'profile', 'personal_number', 'seller', ...PERMISSIONS],
    acrValues: ACR_VALUES,
    responseTypes: ['code'],
    subjectTypes: ['public', 'pairwise'],
    clientDefaults: {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'ES256',
      subject_type: 'pairwise',
    },
    enabledJWA: {
      idTokenSigningAlgValues: ['ES256'],
      clientAuthSigningAlgValues: ['ES256', 'RS256', 'PS256', 'EdDSA'],
    },
    clientAuthMethods: ['client_secret_basic', 'private_key_jwt'],
    pkce: { required: () => true },
    // Each system its own subject, not each redirect host (the provider's default sector).
    pairwiseIdentifier: async (_ctx, accountId, client) =>
      createHmac('sha256', secrets.pairwiseSalt)
        .update(`${sectorOf(client)}\n${accountId}`)
        .digest('base64url'),
    extraClientMetadata: { properties: [SECTOR, SECRET_VERSION] },
    // The secret the client authenticated with, as of this instance's copy of the client.
    extraTokenClaims: (ctx) => ({ [SECRET_VERSION]: ctx.oidc.client?.[SECRET_VERSION] }),
    findAccount: findAccount(db),
    loadExistingGrant: loadExistingGrant(db),
    interactions: interactions(),
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true, assertClaimsParameter: assertOnlyAcrClaims },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: machineTokens(publicUrl),
    },
    renderError,
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 600,
      ClientCredentials: 600,
      IdToken: 600,
      Interaction: 900,
      Session: options.sessionTtlHours * 3600,
      Grant: 365 * 24 * 3600,
      RefreshToken: 14 * 24 * 3600,
    },
  }
  const provider = new Provider(`${publicUrl}/oidc`, configuration)
  provider.use(atPublicUrl(publicUrl))
  return provider
}

/**
 * Every address the provider builds (discovery, the resume step, the sign-out form) and whether
 * its cookies are Secure follow PUBLIC_URL, never a caller's Host or X-Forwarded-* headers. The
 * client's address is the one the platform's HTTP layer settled on (its trusted proxies).
 */
function atPublicUrl(publicUrl: string) {
  const { protocol, host } = new URL(publicUrl)
  const fixed = { protocol: { value: protocol.slice(0, -1) }, host: { value: host } }
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>) => {
    Object.defineProperties(ctx.request, fixed)
    const { ip } = ctx.req as { ip?: string }
    if (ip) ctx.request.ip = ip
    await next()
  }
}
