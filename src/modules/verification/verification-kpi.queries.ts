import { and, count, gte, lt, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { vietnamDays } from '../../platform/time/vietnam.js'
import {
  verificationChecks,
  verificationPartners,
  type PartnerKind,
} from './verification.tables.js'

/** Partners onboarded (at the period's end) and checks made in the period, of some kinds. */
export interface VerificationKpi {
  partners: number
  checks: number
  matched: number
  /** Checks flagged at exam doors (not on the list, second check-in) or not matching. */
  flagged: number
}

/**
 * What models 6-8, 16, 17 and 21 measure, for the partner kinds each model concerns.
 * @param period Vietnam calendar days, both included
 * @param options.channel checks by kiosks alone, or by staff alone (model 7 against model 6)
 */
export async function verificationKpi(
  db: Executor,
  kinds: readonly PartnerKind[],
  period: { from: string; to: string },
  options: { channel?: 'kiosk' | 'staff' } = {},
): Promise<VerificationKpi> {
  const span = vietnamDays(period)
  const kindList = sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  )
  const [partners] = await db
    .select({ n: count() })
    .from(verificationPartners)
    .where(
      and(
        sql`${verificationPartners.kind} IN (${kindList})`,
        lt(verificationPartners.createdAt, span.to),
      ),
    )
  const c = verificationChecks
  const [checks] = await db
    .select({
      n: count(),
      matched: sql<number>`count(*) FILTER (WHERE ${c.result} = 'match')`.mapWith(Number),
      flagged:
        sql<number>`count(*) FILTER (WHERE ${c.flag} IS NOT NULL OR ${c.result} <> 'match')`.mapWith(
          Number,
        ),
    })
    .from(c)
    .innerJoin(verificationPartners, sql`${verificationPartners.id} = ${c.partnerId}`)
    .where(
      and(
        sql`${verificationPartners.kind} IN (${kindList})`,
        gte(c.checkedAt, span.from),
        lt(c.checkedAt, span.to),
        options.channel === 'kiosk'
          ? sql`${c.method} = 'kioskBiometric'`
          : options.channel === 'staff'
            ? sql`${c.method} <> 'kioskBiometric'`
            : undefined,
      ),
    )
  return {
    partners: partners?.n ?? 0,
    checks: checks?.n ?? 0,
    matched: checks?.matched ?? 0,
    flagged: checks?.flagged ?? 0,
  }
}
