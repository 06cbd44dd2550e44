import type { Executor } from '../../../platform/db/database.js'
import { getResidentsByNumbers, unitNames, type ResidentIdentity } from '../../population/index.js'

/** Names the police read beside the codes of watch-list entries and alerts. */
export interface WatchNames {
  people: Map<string, string>
  units: Map<string, string>
}

/**
 * The registry names of listed citizens and the names of the units on these rows, in two
 * look-ups for a whole page. Only callers that already show the police these entries ask.
 */
export async function watchNamesOf(
  db: Executor,
  rows: { personalNumber: string | null; unitCodes: string[] }[],
): Promise<WatchNames> {
  const numbers = rows.flatMap((r) => (r.personalNumber ? [r.personalNumber] : []))
  const residents = numbers.length
    ? await getResidentsByNumbers(db, numbers)
    : new Map<string, ResidentIdentity>()
  const people = new Map<string, string>()
  for (const [number, resident] of residents) people.set(number, resident.fullName)
  return {
    people,
    units: await unitNames(
      db,
      rows.flatMap((r) => r.unitCodes),
    ),
  }
}
