import type { BuiltinHandler } from '../builtins.js'
import { WEBHOOK_EVENTS } from './webhook-events.js'

/**
 * The built-in data services that only deliver events: a grant on one lets a member subscribe
 * (webhooks), and a call through the gateway is told so. Registered under their names so that
 * administrators can publish them.
 */
export const EVENT_SERVICES = [...new Set(Object.values(WEBHOOK_EVENTS).map((e) => e.service))]

export const eventServiceHandler: BuiltinHandler = async () => ({
  status: 404,
  body: {
    error: {
      code: 'EXCHANGE_SUBSCRIPTION_EVENTS_ONLY',
      message:
        'Dịch vụ này chỉ gửi sự kiện qua webhook: hãy đăng ký tại /api/v1/exchange/subscriptions / This service delivers events by webhook: subscribe at /api/v1/exchange/subscriptions',
      details: null,
    },
  },
})
