import { randomUUID } from 'node:crypto'
import type { Database } from '../../src/platform/db/database.js'
import type { App } from '../../src/platform/http/server.js'
import { enrol, signInCookie, type Actor } from './people.js'

const BASE = '/api/v1/stays/establishments'

/** An approved establishment and the people around it. */
export interface EstablishmentScene {
  id: string
  communeCode: string
  /** Its owner, at eID level 2. */
  owner: Actor
  /** The commune police officer who approved it. */
  police: Actor
  /** A receptionist the owner named. */
  staff: Actor
}

/**
 * An establishment made as its owner and the police make one, through the stays module's routes:
 * registered by a level-2 owner living in `communeCode` (a commune of the owner's choosing unless
 * given), approved by that commune's police, with one receptionist named by the owner. Every
 * person is a new resident of the loaded registry.
 */
export async function openEstablishment(
  app: App,
  database: Database,
  options: { communeCode?: string; typeCode?: string; capacity?: number; name?: string } = {},
): Promise<EstablishmentScene> {
  const inCommune = (code: string) => `status = 'resident' AND commune_code = '${code}'`
  const owner = await enrol(app, database, {
    level: 2,
    ...(options.communeCode ? { where: inCommune(options.communeCode) } : {}),
  })
  const communeCode = options.communeCode ?? owner.communeCode
  const registered = await app.inject({
    method: 'POST',
    url: BASE,
    headers: { cookie: owner.cookie, 'idempotency-key': randomUUID() },
    payload: {
      name: options.name ?? `Nhà nghỉ Hoa Mai ${communeCode}`,
      typeCode: options.typeCode ?? 'guest_house',
      address: '12 Lê Lợi',
      communeCode,
      capacity: options.capacity ?? 12,
    },
  })
  if (registered.statusCode !== 201) throw new Error(`registration failed: ${registered.body}`)
  const { id } = registered.json<{ id: string }>()
  const police = await enrol(app, database, {
    role: 'communePolice',
    unitCodes: [communeCode],
    where: inCommune(communeCode),
  })
  const decided = await app.inject({
    method: 'POST',
    url: `${BASE}/${id}/decision`,
    headers: { cookie: police.cookie },
    payload: { decision: 'approve' },
  })
  if (decided.statusCode !== 200) throw new Error(`approval failed: ${decided.body}`)
  const receptionist = await enrol(app, database, { where: inCommune(communeCode) })
  const named = await app.inject({
    method: 'POST',
    url: `${BASE}/${id}/staff`,
    headers: { cookie: owner.cookie },
    payload: { personalNumber: receptionist.personalNumber },
  })
  if (named.statusCode >= 300) throw new Error(`naming staff failed: ${named.body}`)
  // A new session, so that the grant is in it from the start.
  const staff = { ...receptionist, cookie: await signInCookie(app, receptionist.personalNumber) }
  return { id, communeCode, owner, police, staff }
}
