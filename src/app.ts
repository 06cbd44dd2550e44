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
  identityRoutes,
  linkRoutes,
  mySessionRoutes,
  qrRoutes,
  sessionAuthenticator,
  staffRoutes,
  webhookSender,
  type IdentityKeyRing,
  type MessageSender,
} from './modules/identity/index.js'
import { auditHeadRoutes, meAuditRoutes } from './modules/audit/index.js'
import { myRecordRoutes, populationRoutes, unitNames } from './modules/population/index.js'
import { clientNames, createSso } from './modules/sso/index.js'
import { agencyNames, planRoutes } from './modules/plan/index.js'
import { Analytics, analyticsRoutes, openDataRoutes } from './modules/analytics/index.js'
import {
  declarationRoutes,
  establishmentNames,
  establishmentRoutes,
  myStayRoutes,
  policeRoutes,
  roomingListRoutes,
  tripRoutes,
  watchListRoutes,
} from './modules/stays/index.js'

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
  | 'ANALYTICS_PATH'
  | 'TRUST_PROXY'
  | 'METRICS_TOKEN'
>

export interface AppDependencies {
  config: AppConfig
  database: Database
  /** Where one-time codes go; by default the webhook when configured, else the development outbox. */
  sender?: MessageSender
  /** The analytical copy main.ts keeps current; by default one over ANALYTICS_PATH, opened lazily. */
  analytics?: Analytics
}

export const VERSION = '0.1.0'

/** The identity-token keys: configured ones, or (development, tests) one made for this process. */
async function identityKeys(config: AppConfig): Promise<IdentityKeyRing> {
  const privateJwks = config.IDENTITY_TOKEN_KEYS
    ? (JSON.parse(config.IDENTITY_TOKEN_KEYS) as JWK[])
    : [await generateSigningKey()]
  return createIdentityKeyRing({ privateJwks })
}

/** The whole HTTP application: platform plugins, then every module. Tests build it too. */
export async function buildApp(deps: AppDependencies): Promise<App> {
  const { config, database } = deps
  const sender =
    deps.sender ??
    (config.SMS_WEBHOOK_URL ? webhookSender(config.SMS_WEBHOOK_URL) : developmentSender)
  const app = await createServer({
    logLevel: config.LOG_LEVEL,
    version: VERSION,
    // A developer's terminal gets readable lines; pipes and production get JSON.
    prettyLogs: config.NODE_ENV === 'development' && process.stdout.isTTY,
    trustedProxies: trustedProxies(config.TRUST_PROXY),
    publicUrl: config.PUBLIC_URL,
  })
  const sso = await createSso(database, config)
  registerAccessControl(app, [sessionAuthenticator(database.db), sso.authenticator])
  registerMetrics(app, database, { token: config.METRICS_TOKEN })
  registerHealth(app, database)
  await app.register(populationRoutes(database), { prefix: '/api/v1/population' })
  await app.register(identityRoutes({ database, sender, config }), { prefix: '/api/v1/identity' })
  await app.register(linkRoutes(database), { prefix: '/api/v1/identity' })
  const qr = {
    database,
    keys: await identityKeys(config),
    issuer: config.PUBLIC_URL,
    lifetimeSeconds: config.IDENTITY_TOKEN_TTL_SECONDS,
  }
  await app.register(qrRoutes(qr), { prefix: '/api/v1/identity' })
  await app.register(staffRoutes(database), { prefix: '/api/v1/identity/staff' })
  await app.register(
    meAuditRoutes(database, {
      units: (codes) => unitNames(database.db, codes),
      agencies: async (codes) => agencyNames(codes),
      establishments: (ids) => establishmentNames(database.db, ids),
      systems: (clientIds) => clientNames(database.db, clientIds),
    }),
    { prefix: '/api/v1/me' },
  )
  await app.register(auditHeadRoutes(database), { prefix: '/api/v1/audit' })
  await app.register(myRecordRoutes(database.db), { prefix: '/api/v1/me' })
  await app.register(mySessionRoutes(database.db), { prefix: '/api/v1/me' })
  await app.register(planRoutes({ database, reportDay: config.PLAN_REPORT_DAY }), {
    prefix: '/api/v1/plan',
  })
  await app.register(establishmentRoutes(database, { sender, registry: sso.registry }), {
    prefix: '/api/v1/stays',
  })
  await app.register(policeRoutes(database), { prefix: '/api/v1/stays' })
  await app.register(declarationRoutes({ database, identity: qr }), {
    prefix: '/api/v1/stays',
  })
  await app.register(myStayRoutes(database.db), { prefix: '/api/v1/me' })
  await app.register(watchListRoutes(database), { prefix: '/api/v1/stays' })
  await app.register(tripRoutes({ db: database.db, identity: qr }), { prefix: '/api/v1/stays' })
  await app.register(roomingListRoutes({ db: database.db, identity: qr }), {
    prefix: '/api/v1/stays',
  })
  const analytics = deps.analytics ?? new Analytics({ database, path: config.ANALYTICS_PATH })
  if (!deps.analytics) app.addHook('onClose', () => analytics.close())
  await app.register(analyticsRoutes(analytics), { prefix: '/api/v1/analytics' })
  await app.register(openDataRoutes(analytics), { prefix: '/api/v1/analytics/open-data' })
  await sso.register(app)
  await registerWebApp(app)
  return app
}
