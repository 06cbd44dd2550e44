import { coversPlace, type Principal } from '../../../platform/auth/principal.js'
import type { Database } from '../../../platform/db/database.js'
import { auditActor, recordAudit } from '../../audit/index.js'
import { getResident, provinceOfCommune, residentNotFound } from '../../population/index.js'
import { findAccountByNumber, updateAccount } from './accounts.queries.js'
import { accountNotFound, alreadyLevel2 } from '../identity.errors.js'

const PERMISSION = 'identity.account.raiseLevel'

/**
 * An officer of the police of the resident's commune, having checked the person in front of
 * them, raises the account to level 2; who and when are kept on the account and in the audit
 * trail. A resident outside the officer's units is answered as a number the registry lacks, so
 * that numbers cannot be probed across the province.
 * @throws POPULATION_RESIDENT_NOT_FOUND, IDENTITY_ACCOUNT_NOT_FOUND, IDENTITY_ALREADY_LEVEL_2
 */
export async function raiseToLevel2(
  database: Database,
  actor: { principal: Principal; ip: string },
  personalNumber: string,
): Promise<{ level: 2; raisedAt: Date }> {
  const resident = await getResident(database.db, personalNumber)
  const place = {
    communeCode: resident.communeCode,
    provinceCode: await provinceOfCommune(database.db, resident.communeCode),
  }
  if (!coversPlace(actor.principal, PERMISSION, place)) throw residentNotFound()
  const account = await findAccountByNumber(database.db, personalNumber)
  if (account?.status !== 'active') throw accountNotFound()
  if (account.level === 2) throw alreadyLevel2()
  const raisedAt = new Date()
  await database.db.transaction(async (tx) => {
    await updateAccount(tx, account.id, {
      level: 2,
      level2By: actor.principal.accountId,
      level2At: raisedAt,
      level2UnitCode: resident.communeCode,
    })
    await recordAudit(tx, {
      // The commune where the person was checked in person, as the account keeps it.
      actor: { ...auditActor(actor.principal, PERMISSION, place), unitCode: resident.communeCode },
      subjectPersonalNumber: personalNumber,
      action: PERMISSION,
      purpose: 'account_verification_level2',
      summary: { from: 1, to: 2 },
      sourceIp: actor.ip,
    })
  })
  return { level: 2, raisedAt }
}
