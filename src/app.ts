import type { JWK } from 'jose'
import { registerAccessControl } from './platform/auth/access.js'
import { trustedProxies, type Config } from './platform/config/config.js'
import type { Database } from './platform/db/database.js'
import { registerHealth } from './platform/http/health.js'
import { registerMetrics } from './platform/http/metrics.js'
import { createServer, type App } from './platform/http/server.js'
import { registerWebApp } from './platform/http/web-app.js'
import {
  createIdentityKeyRing,
  developmentSender,
  generateSigningKey,
  sessionAuthenticator,
  webhookSender,
  type IdentityKeyRing,
  type MessageSender,
  type QrRouteOptions,
} from './modules/identity/index.js'
import type { AccessLogNamers } from './modules/audit/index.js'
import { unitNames } from './modules/population/index.js'
import { clientNames, createSso, type Sso } from './modules/sso/index.js'
import { agencyNames } from './modules/plan/index.js'
import { Analytics } from './modules/analytics/index.js'
import { establishmentNames } from './modules/stays/index.js'
import { memberNames } from './modules/exchange/index.js'
import { partnerNames } from './modules/verification/index.js'
import { siteNames } from './modules/checkpoints/index.js'
import { MODULES } from './modules.js'
import { registerModuleRoutes } from './platform/modules/module.js'

export type AppConfig = Pick<
  Config,
  | 'LOG_LEVEL'
  | 'NODE_ENV'
  | 'SESSION_TTL_HOURS'
  | 'SMS_WEBHOOK_URL'
  | 'PUBLIC_URL'
  | 'IDENTITY_TOKEN_KEYS'
  | 'IDENTITY_TOKEN_TTL_SECONDS'
  | 'SSO_SIGNING_KEYS'
  | 'SSO_SECRET'
  | 'PLAN_REPORT_DAY'
  | 'LINKAGE_UPLOAD_MAX_MB'
  | 'ANALYTICS_PATH'
  | 'TRUST_PROXY'
  | 'METRICS_TOKEN'
  | 'AUDIT_WITNESS_URL'
  | 'AUDIT_WITNESS_FILE'
  | 'PAYMENT_PAYEE_BIN'
  | 'PAYMENT_PAYEE_ACCOUNT'
  | 'PAYMENT_PAYEE_NAME'
  | 'PAYMENT_BANK_SECRETS'
  | 'DATA_DIR'
  | 'DOCUMENT_SEAL_KEYS'
  | 'SAMPLE_SEED'
>

export interface AppDependencies {
  config: AppConfig
  database: Database
  /** Where one-time codes go; by default the webhook when configured, else the development outbox. */
  sender?: MessageSender
  /** The analytical copy main.ts keeps current; by default one over ANALYTICS_PATH, opened lazily. */
  analytics?: Analytics
  /** A context made beforehand (main.ts, which also starts the modules); else one is made. */
  context?: ModuleContext
}

/**
 * What modules are given, made once: each module's definition names the parts it uses
 * (src/platform/modules/module.ts).
 */
export interface ModuleContext {
  config: AppConfig
  database: Database
  /** Where one-time codes and notices go. */
  sender: MessageSender
  /** The identity-token keys, issuer and lifetime: QR tokens issued and verified offline. */
  identityTokens: QrRouteOptions
  /** The SSO provider: its authenticator, its client registry, its routes. */
  sso: Sso
  /** The dashboards' analytical copy. */
  analytics: Analytics
  /** Names of what an access log mentions, each looked up in the module that owns it. */
  names: AccessLogNamers
}

export const VERSION = '0.1.0'

/** The identity-token keys: configured ones, or (development, tests) one made for this process. */
async function identityKeys(config: AppConfig): Promise<IdentityKeyRing> {
  const privateJwks = config.IDENTITY_TOKEN_KEYS
    ? (JSON.parse(config.IDENTITY_TOKEN_KEYS) as JWK[])
    : [await generateSigningKey()]
  return createIdentityKeyRing({ privateJwks })
}

/** The context of the modules: the shared services, made once. */
export async function createModuleContext(
  deps: Omit<AppDependencies, 'context'>,
): Promise<ModuleContext> {
  const { config, database } = deps
  const sender =
    deps.sender ??
    (config.SMS_WEBHOOK_URL ? webhookSender(config.SMS_WEBHOOK_URL) : developmentSender)
  return {
    config,
    database,
    sender,
    identityTokens: {
      database,
      keys: await identityKeys(config),
      issuer: config.PUBLIC_URL,
      lifetimeSeconds: config.IDENTITY_TOKEN_TTL_SECONDS,
    },
    sso: await createSso(database, config),
    analytics: deps.analytics ?? new Analytics({ database, path: config.ANALYTICS_PATH }),
    names: {
      units: (codes) => unitNames(database.db, codes),
      // A member of the exchange acts under its code; the plan's agencies keep their own names.
      agencies: async (codes) =>
        new Map([...(await memberNames(database.db, codes)), ...agencyNames(codes)]),
      // Establishments, verification partners and checkpoint sites act alike: a facility named to
      // the person.
      establishments: async (ids) =>
        new Map([
          ...(await establishmentNames(database.db, ids)),
          ...(await partnerNames(database.db, ids)),
          ...(await siteNames(database.db, ids)),
        ]),
      systems: (clientIds) => clientNames(database.db, clientIds),
    },
  }
}

/** The whole HTTP application: platform plugins, then every module. Tests build it too. */
export async function buildApp(deps: AppDependencies): Promise<App> {
  const { config, database } = deps
  const app = await createServer({
    logLevel: config.LOG_LEVEL,
    version: VERSION,
    // A developer's terminal gets readable lines; pipes and production get JSON.
    prettyLogs: config.NODE_ENV === 'development' && process.stdout.isTTY,
    trustedProxies: trustedProxies(config.TRUST_PROXY),
    publicUrl: config.PUBLIC_URL,
  })
  const context = deps.context ?? (await createModuleContext(deps))
  // An analytical copy made here is closed with the app; one given is its maker's to close.
  if (!deps.context && !deps.analytics) app.addHook('onClose', () => context.analytics.close())
  registerAccessControl(app, [sessionAuthenticator(database.db), context.sso.authenticator])
  registerMetrics(app, database, { token: config.METRICS_TOKEN })
  registerHealth(app, database)
  // Every module's routes, in list order; the SSO provider is last of them.
  await registerModuleRoutes(app, MODULES, context)
  await registerWebApp(app)
  return app
}
