import type { FastifyBaseLogger } from 'fastify'
import type { Database } from '../../../platform/db/database.js'
import type { RouteMount, Started, Subscriber } from '../../../platform/modules/module.js'
import { registerBuiltinService } from '../builtins.js'
import { EVENT_SERVICES, eventServiceHandler } from './event-services.js'
import { webhookFanOut } from './fan-out.js'
import { subscriptionRoutes } from './subscriptions.routes.js'
import { startWebhookSender, wakeWebhookSender } from './webhook-sender.runtime.js'

/**
 * What webhooks bring to the exchange module's definition: the subscriptions' routes, the outbox
 * subscriber that owes deliveries, and the sender the running server starts.
 */
for (const name of EVENT_SERVICES) registerBuiltinService(name, eventServiceHandler)

const now = () => new Date()

export const webhookRoutes = (database: Database, isProduction: boolean): RouteMount => ({
  plugin: subscriptionRoutes({
    db: database.db,
    allowHttp: !isProduction,
    now,
    wake: () => {
      wakeWebhookSender(database.db)
    },
  }),
  prefix: '/api/v1/exchange/subscriptions',
})

export const webhookSubscriber = (database: Database): Subscriber => ({
  name: 'exchange.webhooks',
  ...webhookFanOut({
    db: database.db,
    now,
    wake: () => {
      wakeWebhookSender(database.db)
    },
  }),
  // Event committed → webhook received within a second (bench exchange.webhook.latency).
  pollMs: 200,
})

export const startWebhooks = async (database: Database, log: FastifyBaseLogger): Promise<Started> =>
  startWebhookSender(database.db, {
    onError: (err) => {
      log.warn({ err }, 'webhook round failed; retrying')
    },
  })
