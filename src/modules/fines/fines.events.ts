import { type Static, type TSchema, Type } from '@sinclair/typebox'

/**
 * The outbox event the fines module writes whenever a violation changes, for readers (the
 * analytics copy) through index.ts: the whole current state of the violation as counts need it
 * (article, commune, time, status, due day, seen in the app, paid online), no plate, no owner.
 */
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const VIOLATION_CHANGED = 'fines.violation_changed'

/** 'fines.violation_changed': recorded, seen in the app, confirmed, appealed, decided or paid. */
export const ViolationChangedPayload = Type.Object({
  violationId: Type.String(),
  articleCode: Type.String(),
  communeCode: Type.String(),
  occurredAt: Type.String(),
  status: Type.String(),
  dueOn: Nullable(Type.String()),
  ownerKind: Nullable(Type.String()),
  seenInApp: Type.Boolean(),
  paidOnline: Type.Boolean(),
})
export type ViolationChangedPayload = Static<typeof ViolationChangedPayload>

/**
 * The facts of every violation, one row each, under the payload's names in snake case; `time`
 * formats an instant column.
 */
export const violationFactsSql = (time: (column: string) => string): string =>
  `SELECT v.id::text AS violation_id, v.article_code, v.commune_code,
          ${time('v.occurred_at')} AS occurred_at, v.status, v.due_on::text AS due_on,
          v.owner_kind, v.seen_in_app_at IS NOT NULL AS seen_in_app,
          (v.status = 'paid' AND p.paid_at IS NOT NULL) AS paid_online
     FROM fine_violations v LEFT JOIN fine_payments p ON p.violation_id = v.id`
