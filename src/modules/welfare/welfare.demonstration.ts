import type { Database } from '../../platform/db/database.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { ensureDemonstrationAccounts } from '../identity/index.js'
import { getResidentsByNumbers, listResidentsOfUnit } from '../population/index.js'
import { findOfPerson } from './beneficiaries/beneficiaries.queries.js'
import { listBeneficiary, monthOf } from './beneficiaries/beneficiaries.service.js'
import { insertPeriodOf } from './periods/periods.service.js'
import { ageOn, programmeOf } from './programmes/programmes.js'

// Listed by the operator's start-up, not by an officer's account.
const OPERATOR_ACCOUNT = '00000000-0000-0000-0000-000000000000'
const ELDERS = 5

/**
 * Development only: in the demonstration accounts' commune, the resident at eID level 2 on the
 * list of people with severe disabilities, up to five residents of 80 or more on the elderly
 * allowance, and this month's payment lists built, for the officer to export and reconcile and
 * the resident to see in /me/benefits. Once: a resident already listed is left as they are.
 */
export async function ensureDemonstrationWelfare(database: Database): Promise<void> {
  const { db } = database
  const resident = (await ensureDemonstrationAccounts(db))[1]
  if (!resident || (await findOfPerson(db, resident.personalNumber)).length > 0) return
  const communeCode = (await getResidentsByNumbers(db, [resident.personalNumber])).get(
    resident.personalNumber,
  )?.communeCode
  if (!communeCode) return
  const today = vietnamDate()
  const elders: string[] = []
  let after: string | undefined
  for (let pages = 0; pages < 20 && elders.length < ELDERS; pages++) {
    const page = await listResidentsOfUnit(db, communeCode, { after, limit: 200 })
    for (const r of page.residents)
      if (r.status === 'resident' && ageOn(r.birthDate, today) >= 80) elders.push(r.personalNumber)
    if (!page.next) break
    after = page.next
  }
  const month = monthOf()
  await db.transaction(async (tx) => {
    const list = (programmeCode: string, personalNumber: string) =>
      listBeneficiary(tx, {
        programmeCode,
        personalNumber,
        communeCode,
        status: 'active',
        what: 'added',
        note: 'Dữ liệu minh họa / demonstration data',
        actorAccountId: null,
      })
    await list('disability-severe', resident.personalNumber)
    for (const elder of elders.slice(0, ELDERS)) await list('elderly-80', elder)
    for (const code of ['disability-severe', 'elderly-80']) {
      const programme = programmeOf(code)
      await insertPeriodOf(
        tx,
        { programmeCode: code, communeCode, period: month },
        programme.amount!,
        false,
        OPERATOR_ACCOUNT,
      )
    }
  })
}
