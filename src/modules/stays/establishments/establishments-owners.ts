import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { auditActor, recordAudits } from '../../audit/index.js'
import { getMyAccount } from '../../identity/index.js'
import { getResidentsByNumbers, unitNames } from '../../population/index.js'
import { presentEstablishment } from './establishments.presenters.js'
import type { EstablishmentView } from './establishments.queries.js'

const READ = 'stays.police.read'

/**
 * Establishments as the police who decide on them read them: the commune by name and who
 * registered the place. The owner's name is personal data, so each one shown is an audited read
 * (handling the registration is an administrative procedure), committed before it leaves.
 */
export async function presentForPolice(
  db: Executor,
  officer: { principal: Principal; ip: string },
  views: EstablishmentView[],
) {
  const numbers = new Map<string, string>()
  for (const id of new Set(views.map((v) => v.ownerAccountId)))
    numbers.set(id, (await getMyAccount(db, id)).personalNumber)
  const people = await getResidentsByNumbers(db, [...numbers.values()])
  const units = await unitNames(
    db,
    views.map((v) => v.communeCode),
  )
  await recordAudits(
    db,
    views.map((v) => ({
      actor: auditActor(officer.principal, READ, v),
      subjectPersonalNumber: numbers.get(v.ownerAccountId) ?? null,
      action: 'stays.owner.read',
      purpose: 'administrative_procedure',
      summary: { establishmentId: v.id },
      sourceIp: officer.ip,
    })),
  )
  return views.map((v) => ({
    ...presentEstablishment(v),
    communeName: units.get(v.communeCode) ?? null,
    owner: { fullName: people.get(numbers.get(v.ownerAccountId) ?? '')?.fullName ?? null },
  }))
}
