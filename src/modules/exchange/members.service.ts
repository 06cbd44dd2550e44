import type { Executor } from '../../platform/db/database.js'
import { exchangeErrors } from './exchange.errors.js'
import {
  findAllMembers,
  findMember,
  findServiceById,
  findServices,
  insertMember,
  insertService,
  type MemberRow,
  type ServiceRow,
} from './exchange.queries.js'
import type { MemberContact, MemberType, ServicePurpose, ServiceTarget } from './exchange.tables.js'

export interface NewMember {
  code: string
  name: string
  type: MemberType
  unitCode?: string | undefined
  contacts: MemberContact[]
}

export interface NewService {
  providerCode: string
  code: string
  name: string
  description: string
  openapi: Record<string, unknown>
  attributes: string[]
  purposes: ServicePurpose[]
  rateLimitPerMinute: number
  target: ServiceTarget
}

/** Checks a built-in name against the handlers the platform holds. */
export type BuiltinCheck = (name: string) => boolean

/** @throws EXCHANGE_MEMBER_EXISTS */
export async function registerMember(
  db: Executor,
  member: NewMember,
  createdBy: string | null,
): Promise<MemberRow> {
  const row = await insertMember(db, {
    ...member,
    unitCode: member.unitCode ?? null,
    createdBy,
  })
  if (!row) throw exchangeErrors.refuse('MEMBER_EXISTS', { code: member.code })
  return row
}

export const listMembers = (db: Executor): Promise<MemberRow[]> => findAllMembers(db)

/** @throws EXCHANGE_MEMBER_NOT_FOUND */
export async function requireMember(db: Executor, code: string): Promise<MemberRow> {
  const member = await findMember(db, code)
  if (!member) throw exchangeErrors.refuse('MEMBER_NOT_FOUND', { code })
  return member
}

function checkService(service: NewService, isBuiltin: BuiltinCheck): void {
  const invalid = (reason: string) => exchangeErrors.refuse('SERVICE_INVALID', { reason })
  const codes = service.purposes.map((p) => p.code)
  if (new Set(codes).size !== codes.length) throw invalid('purpose codes repeat')
  if (new Set(service.attributes).size !== service.attributes.length)
    throw invalid('attributes repeat')
  const { target } = service
  if (target.kind === 'builtin' && !isBuiltin(target.name)) throw invalid('unknown built-in')
  if (target.kind === 'http') {
    const url = URL.canParse(target.url) ? new URL(target.url) : undefined
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.hash)
      throw invalid('the target is not an http(s) URL')
  }
}

/** @throws EXCHANGE_MEMBER_NOT_FOUND, EXCHANGE_SERVICE_INVALID, EXCHANGE_SERVICE_EXISTS */
export async function publishService(
  db: Executor,
  service: NewService,
  isBuiltin: BuiltinCheck,
): Promise<ServiceRow> {
  checkService(service, isBuiltin)
  await requireMember(db, service.providerCode)
  const row = await insertService(db, service)
  if (!row) throw exchangeErrors.refuse('SERVICE_EXISTS', { code: service.code })
  return row
}

/** Every published service; with a member, those of other providers (what it may ask for). */
export const listServices = (db: Executor, excluding?: string): Promise<ServiceRow[]> =>
  findServices(db, excluding)

/** @throws EXCHANGE_SERVICE_NOT_FOUND */
export async function requireService(db: Executor, id: string): Promise<ServiceRow> {
  const service = await findServiceById(db, id)
  if (!service) throw exchangeErrors.refuse('SERVICE_NOT_FOUND')
  return service
}
