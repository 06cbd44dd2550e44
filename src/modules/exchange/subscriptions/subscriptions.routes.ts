import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requirePrincipal } from '../../../platform/auth/access.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import {
  presentCreatedSubscription,
  presentDelivery,
  presentSubscription,
} from './subscriptions.presenters.js'
import {
  CreatedSubscription,
  Delivery,
  EventTypeEntry,
  ReplayBody,
  ReplayResult,
  Subscription,
  SubscriptionBody,
  SubscriptionParams,
} from './subscriptions.schemas.js'
import {
  deadLetters,
  getSubscription,
  listSubscriptions,
  replay,
  subscribe,
  unsubscribe,
  type SubscriptionsDeps,
} from './subscriptions.service.js'
import { WEBHOOK_EVENTS } from './webhook-events.js'

const tags = ['exchange']
// A member's administrator manages its subscriptions as it manages its grants.
const access = 'exchange.grants'

/** Webhook subscriptions of a member's administrator, under /api/v1/exchange/subscriptions. */
export const subscriptionRoutes =
  (deps: SubscriptionsDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/event-types',
      {
        schema: {
          tags,
          summary: 'Các loại sự kiện có thể đăng ký / Event types open to subscription',
          response: { 200: Type.Array(EventTypeEntry), ...errors(401, 403) },
        },
        config: { access },
      },
      async () =>
        Object.entries(WEBHOOK_EVENTS).map(([eventType, { service, scope }]) => ({
          eventType,
          service,
          scope,
        })),
    )

    app.get(
      '',
      {
        schema: {
          tags,
          summary: 'Đăng ký nhận sự kiện của thành viên / Subscriptions of my members',
          response: { 200: Type.Array(Subscription), ...errors(401, 403) },
        },
        config: { access },
      },
      async (request) =>
        (await listSubscriptions(deps.db, requirePrincipal(request))).map(presentSubscription),
    )

    app.post(
      '',
      {
        schema: {
          tags,
          summary: 'Đăng ký nhận sự kiện qua webhook / Subscribe an endpoint to an event type',
          body: SubscriptionBody,
          response: { 201: CreatedSubscription, ...errors(400, 401, 403, 422) },
        },
        config: { access },
      },
      async (request, reply) => {
        const row = await subscribe(deps, requirePrincipal(request), request.body)
        return reply.code(201).send(presentCreatedSubscription(row))
      },
    )

    app.get(
      '/:id',
      {
        schema: {
          tags,
          summary: 'Một đăng ký / One subscription',
          params: SubscriptionParams,
          response: { 200: Subscription, ...errors(400, 401, 403, 404) },
        },
        config: { access },
      },
      async (request) =>
        presentSubscription(
          await getSubscription(deps.db, requirePrincipal(request), request.params.id),
        ),
    )

    app.delete(
      '/:id',
      {
        schema: {
          tags,
          summary: 'Hủy đăng ký / Unsubscribe',
          params: SubscriptionParams,
          response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
        },
        config: { access },
      },
      async (request, reply) => {
        await unsubscribe(deps.db, requirePrincipal(request), request.params.id)
        return reply.code(204).send(null)
      },
    )

    app.get(
      '/:id/dead-letters',
      {
        schema: {
          tags,
          summary: 'Sự kiện gửi không thành công / Dead-lettered deliveries',
          params: SubscriptionParams,
          response: { 200: Type.Array(Delivery), ...errors(400, 401, 403, 404) },
        },
        config: { access },
      },
      async (request) =>
        (await deadLetters(deps.db, requirePrincipal(request), request.params.id)).map(
          presentDelivery,
        ),
    )

    app.post(
      '/:id/replay',
      {
        schema: {
          tags,
          summary: 'Gửi lại các sự kiện từ một thời điểm / Replay events since a time',
          params: SubscriptionParams,
          body: ReplayBody,
          response: { 202: ReplayResult, ...errors(400, 401, 403, 404) },
        },
        config: { access },
      },
      async (request, reply) => {
        const since = new Date(request.body.since)
        const requeued = await replay(deps, requirePrincipal(request), request.params.id, since)
        return reply.code(202).send({ requeued })
      },
    )
  }
