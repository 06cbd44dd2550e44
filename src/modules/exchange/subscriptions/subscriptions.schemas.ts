import { Type, type Static } from '@sinclair/typebox'
import { DELIVERY_STATUSES } from './subscriptions.tables.js'

const Strict = { additionalProperties: false } as const
const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 with offset' })
const MemberCode = Type.String({ minLength: 1, maxLength: 32, description: "a member's code" })

export const SubscriptionBody = Type.Object(
  {
    memberCode: Type.Optional(MemberCode),
    eventType: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'one of GET /subscriptions/event-types',
    }),
    url: Type.String({
      minLength: 1,
      maxLength: 2000,
      description: "the member's endpoint, https (http on the loopback in development)",
    }),
  },
  Strict,
)
export type SubscriptionBody = Static<typeof SubscriptionBody>

export const SubscriptionParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, Strict)

export const Subscription = Type.Object({
  id: Type.String(),
  memberCode: Type.String(),
  eventType: Type.String(),
  url: Type.String(),
  createdAt: Instant,
})

export const CreatedSubscription = Type.Object({
  ...Subscription.properties,
  secret: Type.String({
    description: 'whsec_…: verifies the webhook-signature header (Standard Webhooks); shown once',
  }),
})

export const EventTypeEntry = Type.Object({
  eventType: Type.String(),
  service: Type.String({ description: 'the built-in data service whose grant covers the event' }),
  scope: Type.Union([Type.Literal('grant'), Type.Literal('establishment')]),
})

export const Delivery = Type.Object({
  id: Type.Integer(),
  eventId: Type.Integer(),
  occurredAt: Instant,
  status: Type.Union([
    Type.Literal(DELIVERY_STATUSES[0]),
    Type.Literal(DELIVERY_STATUSES[1]),
    Type.Literal(DELIVERY_STATUSES[2]),
  ]),
  attempts: Type.Integer(),
  lastStatus: Type.Union([Type.Integer(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
})

export const ReplayBody = Type.Object(
  { since: Type.String({ format: 'date-time', description: 'events that occurred from then on' }) },
  Strict,
)

export const ReplayResult = Type.Object({
  requeued: Type.Integer({ description: 'deliveries owed again' }),
})
