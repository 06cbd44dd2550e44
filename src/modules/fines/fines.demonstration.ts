import type { Database } from '../../platform/db/database.js'
import { ensureDemonstrationAccounts } from '../identity/index.js'
import { getResidentsByNumbers, placeOfCommune } from '../population/index.js'
import { dueOnAfter } from './deadlines.js'
import { fineTable } from './fine-table.js'
import { composePlate } from './plates.js'
import { findVehicle, insertVehicles } from './vehicles/vehicles.queries.js'
import { vehiclesOfResident } from './vehicles/vehicles.service.js'
import { findViolationsOfOwner, insertViolation } from './violations/violations.queries.js'

// Recorded by the operator's start-up, not by an officer's account.
const OPERATOR_ACCOUNT = '00000000-0000-0000-0000-000000000000'
// What a newcomer meets: a red light, a speeding and a parking fine, the newest yesterday.
const SAMPLE = [
  { topic: 'red_light', daysAgo: 1 },
  { topic: 'speeding', daysAgo: 3 },
  { topic: 'parking', daysAgo: 6 },
] as const

/** A car plate of Đồng Nai's series 60K not in the registry yet. */
async function freePlate(database: Database): Promise<string> {
  for (let serial = 99_999; ; serial--) {
    const plate = composePlate('car', '60', 'K', serial)
    if (!(await findVehicle(database.db, plate))) return plate
  }
}

/**
 * Development only: violations on the vehicle of the demonstration resident at eID level 2
 * (a car of theirs is registered when the sample gave them none), so that a newcomer can see a
 * fine in the app and pay it. Once: a resident who already has violations is left as they are.
 */
export async function ensureDemonstrationFines(database: Database): Promise<void> {
  const { db } = database
  const resident = (await ensureDemonstrationAccounts(db))[1]
  if (!resident) return
  if ((await findViolationsOfOwner(db, resident.personalNumber)).length > 0) return
  let [vehicle] = await vehiclesOfResident(db, resident.personalNumber)
  const communeCode =
    vehicle?.communeCode ??
    (await getResidentsByNumbers(db, [resident.personalNumber])).get(resident.personalNumber)
      ?.communeCode
  const place = communeCode && (await placeOfCommune(db, communeCode))
  if (!place) return
  if (!vehicle) {
    const row = {
      plate: await freePlate(database),
      vehicleClass: 'car' as const,
      brand: 'VinFast',
      ownerKind: 'resident' as const,
      ownerNumber: resident.personalNumber,
      organisationTaxCode: null,
      organisationName: null,
      communeCode: place.communeCode,
      registeredOn: '2024-03-15',
    }
    await insertVehicles(db, [row])
    vehicle = (await findVehicle(db, row.plate))!
  }
  const articles = fineTable().articles.filter((a) => a.vehicleClass === vehicle.vehicleClass)
  for (const sample of SAMPLE) {
    const article = articles.find((a) => a.topic === sample.topic)
    if (!article) continue
    await insertViolation(db, {
      plate: vehicle.plate,
      vehicleClass: vehicle.vehicleClass,
      articleCode: article.code,
      fine: article.minFine,
      ...place,
      occurredAt: new Date(Date.now() - sample.daysAgo * 86_400_000),
      dueOn: dueOnAfter(new Date()),
      source: 'officer',
      recordedBy: OPERATOR_ACCOUNT,
      ownerKind: 'resident',
      ownerNumber: resident.personalNumber,
      organisationTaxCode: null,
    })
  }
}
