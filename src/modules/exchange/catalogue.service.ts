import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import { exchangeErrors } from './exchange.errors.js'
import type { MemberRow, ServiceRow } from './exchange.queries.js'
import { membersOf, visibleMembers } from './exchange.policy.js'
import { listMembers, listServices, requireMember } from './members.service.js'

/**
 * The services a member may ask for: every other provider's. An administrator sees every
 * service, or a member's catalogue when naming it; a member's administrator gets its member's
 * (naming one when it acts for several; every service until it does).
 * @throws EXCHANGE_NOT_YOUR_MEMBER, EXCHANGE_MEMBER_NOT_FOUND
 */
export async function catalogueOf(
  db: Executor,
  principal: Principal,
  member: string | undefined,
): Promise<ServiceRow[]> {
  const mine = visibleMembers(principal)
  const chosen = member ?? (mine?.length === 1 ? mine[0] : undefined)
  if (chosen === undefined) return mine?.length === 0 ? [] : listServices(db)
  if (mine !== undefined && !membersOf(principal, 'exchange.read').includes(chosen))
    throw exchangeErrors.refuse('NOT_YOUR_MEMBER')
  await requireMember(db, chosen)
  return listServices(db, chosen)
}

/**
 * The services the principal's members publish (every member's for an administrator), or one
 * provider's when named. Few services per province: filtered here rather than in the query.
 * @throws EXCHANGE_NOT_YOUR_MEMBER
 */
export async function servicesOf(
  db: Executor,
  principal: Principal,
  provider: string | undefined,
): Promise<ServiceRow[]> {
  const mine = visibleMembers(principal)
  if (provider !== undefined && mine !== undefined && !mine.includes(provider))
    throw exchangeErrors.refuse('NOT_YOUR_MEMBER')
  const shown = provider === undefined ? mine : [provider]
  const services = await listServices(db)
  return shown === undefined ? services : services.filter((s) => shown.includes(s.providerCode))
}

/** The members the principal administers (asks for and decides grants for); none for others. */
export async function membersAdministered(
  db: Executor,
  principal: Principal,
): Promise<MemberRow[]> {
  const mine = membersOf(principal, 'exchange.grants')
  return (await listMembers(db)).filter((m) => mine.includes(m.code))
}
