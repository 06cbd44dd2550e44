import type { Executor } from '../../platform/db/database.js'
import { vietnamDays } from '../../platform/time/vietnam.js'
import { countCalls } from './call-log.queries.js'
import { countRegistry } from './exchange.queries.js'

export interface ExchangeKpi {
  members: number
  servicesPublished: number
  grantsInForce: number
  calls: number
  callsSucceeded: number
  callsRefused: number
}

/**
 * Model 25 (LGSP): members, services published and grants in force now; calls through the
 * gateway in a span of Vietnam days (a month, for the plan's monthly report).
 */
export async function exchangeKpi(
  db: Executor,
  period: { from: string; to: string },
): Promise<ExchangeKpi> {
  const registry = await countRegistry(db, new Date())
  const calls = await countCalls(db, vietnamDays(period))
  return {
    members: registry.members,
    servicesPublished: registry.services,
    grantsInForce: registry.grants,
    calls: calls.calls,
    callsSucceeded: calls.succeeded,
    callsRefused: calls.refused,
  }
}
