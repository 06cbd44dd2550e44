import assert from 'node:assert/strict'
import type { InjectOptions } from 'fastify'
import { enrol, seedTwoCommunes, TODAY, type Actor } from '../../../test/kit/index.js'
import type { Database } from '../../platform/db/database.js'
import type { App } from '../../platform/http/server.js'
import { fineArticle } from './fine-table.js'
import { seedVehicles } from './vehicles/vehicles.service.js'

/** The smallest files of each kind a camera or a phone sends, by their first bytes. */
export const IMAGES = {
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
  webp: Buffer.concat([Buffer.from('RIFF'), Buffer.from([4, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
  /** A PDF that says it is an image. */
  pdf: Buffer.from('%PDF-1.7\n%fake\n'),
}

/** A violation scene: two communes, the registry's vehicles, police on each side, an owner. */
export interface FinesScene {
  places: { inside: string; outside: string }
  police: Actor
  otherPolice: Actor
  owner: Actor
  /** A resident who owns none of the vehicles involved. */
  stranger: Actor
  car: { plate: string }
}

export async function openFinesScene(app: App, database: Database): Promise<FinesScene> {
  const { inside, outside } = await seedTwoCommunes(database)
  const places = { inside: inside.communeCode, outside: outside.communeCode }
  await seedVehicles(database, { seed: 3, today: TODAY })
  const [car] = await database.query<{ plate: string; owner_number: string }>(
    `SELECT v.plate, v.owner_number FROM vehicles v
      WHERE v.vehicle_class = 'car' AND v.owner_kind = 'resident'
        AND NOT EXISTS (SELECT 1 FROM vehicles w
                         WHERE w.owner_number = v.owner_number AND w.plate <> v.plate)
      ORDER BY v.plate LIMIT 1`,
  )
  assert.ok(car, 'a resident owning one car')
  const owner = await enrol(app, database, { where: `personal_number = '${car.owner_number}'` })
  const police = await enrol(app, database, {
    role: 'communePolice',
    unitCodes: [places.inside],
    where: `personal_number <> '${car.owner_number}'`,
  })
  const otherPolice = await enrol(app, database, {
    role: 'communePolice',
    unitCodes: [places.outside],
  })
  const stranger = await enrol(app, database)
  return { places, police, otherPolice, owner, stranger, car: { plate: car.plate } }
}

/** A request made with an actor's session, or none. */
export const injectAs = (app: App, who: Actor | undefined, request: InjectOptions) =>
  app.inject({
    ...request,
    headers: { ...request.headers, ...(who ? { cookie: who.cookie } : {}) },
  })

/** Records a red-light violation of the scene's car in the inside commune; answers its id. */
export async function recordCarViolation(
  app: App,
  scene: FinesScene,
  over: Record<string, unknown> = {},
): Promise<string> {
  const response = await injectAs(app, scene.police, {
    method: 'POST',
    url: '/api/v1/fines/violations',
    payload: {
      plate: scene.car.plate,
      articleCode: '168-6-9-b',
      fine: fineArticle('168-6-9-b').minFine,
      communeCode: scene.places.inside,
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      ...over,
    },
  })
  assert.equal(response.statusCode, 201, response.body)
  return response.json<{ id: string }>().id
}
