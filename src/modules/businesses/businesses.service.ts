import { assertJurisdiction } from '../../platform/auth/access.js'
import { jurisdictionOf, type Principal } from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'
import type { Executor } from '../../platform/db/database.js'
import { auditActor, recordAudit } from '../audit/index.js'
import { getResidentsByNumbers, placeOfCommune } from '../population/index.js'
import {
  alreadyEnded,
  businessNotFound,
  communeUnknown,
  ownerHasBusiness,
  ownerUnknown,
  registrationNumberTaken,
} from './businesses.errors.js'
import {
  findBusiness,
  findBusinessByNumber,
  findBusinessesIn,
  insertBusiness,
  markEnded,
  type BusinessRow,
  type BusinessStatus,
} from './businesses.queries.js'
import type { NewBusiness } from './businesses.schemas.js'

const READ: Permission = 'businesses.read'
const MANAGE: Permission = 'businesses.manage'

export interface OfficerContext {
  officer: Principal
  ip: string
}

/** @throws BUSINESS_OWNER_UNKNOWN unless the number is a living resident's */
async function assertLivingResident(db: Executor, personalNumber: string): Promise<void> {
  const resident = (await getResidentsByNumbers(db, [personalNumber])).get(personalNumber)
  if (!resident || resident.status === 'deceased') throw ownerUnknown()
}

const auditEntry = (ctx: OfficerContext, business: BusinessRow, action: string) => ({
  actor: auditActor(ctx.officer, MANAGE, business),
  subjectPersonalNumber: business.ownerNumber,
  action,
  purpose: null,
  summary: { businessId: business.id, status: business.status, tradeCode: business.tradeCode },
  sourceIp: ctx.ip,
})

/**
 * A commune officer enters a household business of their commune into the register, with its
 * audit entry (it names its owner).
 * @throws BUSINESS_COMMUNE_UNKNOWN, AUTH_OUTSIDE_JURISDICTION, BUSINESS_OWNER_UNKNOWN,
 *   BUSINESS_REGISTRATION_NUMBER_TAKEN, BUSINESS_OWNER_HAS_BUSINESS
 */
export async function registerBusiness(
  db: Executor,
  ctx: OfficerContext,
  input: NewBusiness,
): Promise<BusinessRow> {
  const place = await placeOfCommune(db, input.communeCode)
  if (!place) throw communeUnknown(input.communeCode)
  assertJurisdiction(ctx.officer, MANAGE, place)
  await assertLivingResident(db, input.ownerNumber)
  return db.transaction(async (tx) => {
    const row = await insertBusiness(tx, {
      registrationNumber: input.registrationNumber,
      name: input.name.trim(),
      ownerNumber: input.ownerNumber,
      ...place,
      address: input.address.trim(),
      tradeCode: input.tradeCode,
      shopUrl: input.shopUrl ?? null,
      registeredBy: ctx.officer.accountId,
    })
    if (!row)
      throw (await findBusinessByNumber(tx, input.registrationNumber))
        ? registrationNumberTaken()
        : ownerHasBusiness()
    await recordAudit(tx, auditEntry(ctx, row, 'businesses.business.register'))
    return row
  })
}

/**
 * One business, for an officer whose jurisdiction holds it.
 * @throws BUSINESS_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION
 */
export async function getBusiness(
  db: Executor,
  officer: Principal,
  id: string,
  permission: Permission = READ,
): Promise<BusinessRow> {
  const business = await findBusiness(db, id)
  if (!business) throw businessNotFound()
  assertJurisdiction(officer, permission, business)
  return business
}

/**
 * The commune ends a business (it closed, or its registration was withdrawn), once.
 * @throws BUSINESS_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, BUSINESS_ALREADY_ENDED
 */
export async function endBusiness(
  db: Executor,
  ctx: OfficerContext,
  request: { id: string; reason: string },
): Promise<BusinessRow> {
  const business = await getBusiness(db, ctx.officer, request.id, MANAGE)
  return db.transaction(async (tx) => {
    const ended = await markEnded(tx, business.id, {
      by: ctx.officer.accountId,
      reason: request.reason.trim(),
    })
    if (!ended) throw alreadyEnded()
    await recordAudit(tx, auditEntry(ctx, ended, 'businesses.business.end'))
    return ended
  })
}

/** The businesses in the officer's jurisdiction, by name. */
export const listBusinesses = (
  db: Executor,
  officer: Principal,
  filter: { communeCode?: string | undefined; status?: BusinessStatus | undefined; limit: number },
): Promise<BusinessRow[]> =>
  findBusinessesIn(db, { ...filter, unitCodes: jurisdictionOf(officer, READ) })
