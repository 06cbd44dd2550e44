import { and, desc, eq, getTableColumns, gt, inArray, ne, or, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { preparedPerExecutor } from '../../platform/db/prepared.js'
import {
  exchangeGrants,
  exchangeMembers,
  exchangeServices,
  type GrantStatus,
} from './exchange.tables.js'

export type MemberRow = typeof exchangeMembers.$inferSelect
export type ServiceRow = typeof exchangeServices.$inferSelect
export type GrantRow = typeof exchangeGrants.$inferSelect

/** @returns the member, or undefined when its code is taken */
export async function insertMember(
  db: Executor,
  member: typeof exchangeMembers.$inferInsert,
): Promise<MemberRow | undefined> {
  const [row] = await db.insert(exchangeMembers).values(member).onConflictDoNothing().returning()
  return row
}

export async function findMember(db: Executor, code: string): Promise<MemberRow | undefined> {
  const [row] = await db.select().from(exchangeMembers).where(eq(exchangeMembers.code, code))
  return row
}

export const findAllMembers = (db: Executor): Promise<MemberRow[]> =>
  db.select().from(exchangeMembers).orderBy(exchangeMembers.code)

/** @returns the service, or undefined when the provider already has one with its code */
export async function insertService(
  db: Executor,
  service: typeof exchangeServices.$inferInsert,
): Promise<ServiceRow | undefined> {
  const [row] = await db.insert(exchangeServices).values(service).onConflictDoNothing().returning()
  return row
}

export async function findServiceById(db: Executor, id: string): Promise<ServiceRow | undefined> {
  const [row] = await db.select().from(exchangeServices).where(eq(exchangeServices.id, id))
  return row
}

// The gateway's one lookup per call.
const serviceWithGrantStatement = preparedPerExecutor((db) =>
  db
    .select({
      service: exchangeServices,
      purposes: exchangeGrants.purposes,
      attributes: exchangeGrants.attributes,
    })
    .from(exchangeServices)
    .leftJoin(
      exchangeGrants,
      and(
        eq(exchangeGrants.serviceId, exchangeServices.id),
        eq(exchangeGrants.consumerCode, sql.placeholder('consumer')),
        eq(exchangeGrants.status, 'approved'),
        gt(exchangeGrants.expiresAt, sql.placeholder('now')),
      ),
    )
    .where(
      and(
        eq(exchangeServices.providerCode, sql.placeholder('provider')),
        eq(exchangeServices.code, sql.placeholder('code')),
      ),
    )
    .orderBy(sql`${exchangeGrants.expiresAt} DESC NULLS LAST`)
    .limit(1)
    .prepare('exchange_service_with_grant'),
)

/**
 * A provider's service by its code, with the consumer's live grant to it (the approved one that
 * expires last), in one round trip.
 */
export async function findServiceWithGrant(
  db: Executor,
  call: { providerCode: string; code: string; consumerCode: string; now: Date },
): Promise<
  { service: ServiceRow; grant: Pick<GrantRow, 'purposes' | 'attributes'> | undefined } | undefined
> {
  const [row] = await serviceWithGrantStatement(db).execute({
    provider: call.providerCode,
    code: call.code,
    consumer: call.consumerCode,
    now: call.now.toISOString(),
  })
  if (!row) return undefined
  const { service, purposes, attributes } = row
  return { service, grant: purposes && attributes ? { purposes, attributes } : undefined }
}

/** Services, all or those of other providers than `excluding` (a member's catalogue). */
export const findServices = (db: Executor, excluding?: string): Promise<ServiceRow[]> =>
  db
    .select()
    .from(exchangeServices)
    .where(excluding === undefined ? undefined : ne(exchangeServices.providerCode, excluding))
    .orderBy(exchangeServices.providerCode, exchangeServices.code)

export async function insertGrant(
  db: Executor,
  grant: typeof exchangeGrants.$inferInsert,
): Promise<GrantRow> {
  const [row] = await db.insert(exchangeGrants).values(grant).returning()
  return row!
}

export async function findGrant(db: Executor, id: string): Promise<GrantRow | undefined> {
  const [row] = await db.select().from(exchangeGrants).where(eq(exchangeGrants.id, id))
  return row
}

/** Grants a set of members asks for or provides (all when `members` is undefined), newest first. */
export function findGrantsOf(
  db: Executor,
  members: string[] | undefined,
): Promise<(GrantRow & { providerCode: string; serviceCode: string })[]> {
  const query = db
    .select({
      ...getTableColumns(exchangeGrants),
      providerCode: exchangeServices.providerCode,
      serviceCode: exchangeServices.code,
    })
    .from(exchangeGrants)
    .innerJoin(exchangeServices, eq(exchangeServices.id, exchangeGrants.serviceId))
  const mine =
    members === undefined
      ? undefined
      : members.length === 0
        ? sql`false`
        : or(
            inArray(exchangeGrants.consumerCode, members),
            inArray(exchangeServices.providerCode, members),
          )
  return query.where(mine).orderBy(desc(exchangeGrants.requestedAt))
}

/**
 * Moves a grant from one status to another, once: two deciders racing find one of them late.
 * @returns the grant as decided, or undefined when it was not in `from`
 */
export async function decideGrant(
  db: Executor,
  id: string,
  from: GrantStatus,
  decision: Partial<typeof exchangeGrants.$inferInsert> & { status: GrantStatus },
): Promise<GrantRow | undefined> {
  const [row] = await db
    .update(exchangeGrants)
    .set(decision)
    .where(and(eq(exchangeGrants.id, id), eq(exchangeGrants.status, from)))
    .returning()
  return row
}

/** The approved, unexpired grant of a consumer for a service, if any (the latest to expire). */
/** How many members, services and approved unexpired grants there are at an instant. */
export async function countRegistry(
  db: Executor,
  at: Date,
): Promise<{ members: number; services: number; grants: number }> {
  const count = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0
  const n = sql<number>`count(*)::int`
  return {
    members: await count(db.select({ n }).from(exchangeMembers)),
    services: await count(db.select({ n }).from(exchangeServices)),
    grants: await count(
      db
        .select({ n })
        .from(exchangeGrants)
        .where(
          and(eq(exchangeGrants.status, 'approved'), sql`${exchangeGrants.expiresAt} > ${at}`),
        ),
    ),
  }
}
