import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import type { InjectOptions } from 'fastify'
import { catalogue } from '../src/modules/services/index.js'
import { vietnamDate } from '../src/platform/time/vietnam.js'
import {
  assertRecordRoutesKnown,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  useApp,
  walkScopeCases,
  type Actor,
  type ScopeCase,
} from './kit/index.js'

const HANDLING = '/api/v1/services/handling'
const PURPOSE = 'administrative_procedure'
const TEMPORARY_RESIDENCE = '1.004194'
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64),
])

interface Pair {
  inside: string
  outside: string
}

describeOnEngines(
  'every one-stop-shop route, inside and just outside the officer’s units',
  (db) => {
    const app = useApp(db)
    let police: Actor
    /** Dossiers filed for a stay in each commune: one pair to approve, one to refuse. */
    let approving: Pair
    let refusing: Pair
    let attachmentId: string

    before(async () => {
      const { inside, outside } = await seedTwoCommunes(db())
      police = await enrol(app(), db(), { role: 'communePolice', unitCodes: [inside.communeCode] })
      const resident = await enrol(app(), db(), { level: 2 })
      const upload = await app().inject({
        method: 'POST',
        url: '/api/v1/services/attachments',
        headers: { cookie: resident.cookie, 'content-type': 'image/png' },
        payload: PNG,
      })
      assert.equal(upload.statusCode, 201, upload.body)
      attachmentId = upload.json<{ id: string }>().id
      const file = async (communeCode: string, withScan = false): Promise<string> => {
        const data = structuredClone(catalogue().get(TEMPORARY_RESIDENCE)!.definition.example) as {
          stay: Record<string, unknown>
        }
        data.stay.communeCode = communeCode
        data.stay.from = vietnamDate()
        data.stay.until = '2099-12-31'
        const response = await app().inject({
          method: 'POST',
          url: '/api/v1/services/dossiers',
          headers: { cookie: resident.cookie, 'idempotency-key': randomUUID() },
          payload: {
            serviceCode: TEMPORARY_RESIDENCE,
            data,
            attachments: withScan ? [{ requirement: 'lawfulResidence', id: attachmentId }] : [],
          },
        })
        assert.equal(response.statusCode, 201, response.body)
        return response.json<{ code: string }>().code
      }
      approving = {
        inside: await file(inside.communeCode, true),
        outside: await file(outside.communeCode),
      }
      refusing = {
        inside: await file(inside.communeCode),
        outside: await file(outside.communeCode),
      }
    })

    const outsideUnits = { status: 403, code: 'SERVICE_DOSSIER_OUTSIDE_UNITS' }
    const on = (
      route: string,
      pair: () => Pair,
      request: (code: string) => InjectOptions,
      allowed = 200,
    ): ScopeCase => ({
      route,
      role: 'communePolice',
      as: () => police,
      inside: () => request(pair().inside),
      outside: () => request(pair().outside),
      allowed,
      refused: outsideUnits,
    })
    const post =
      (path: string, payload: object) =>
      (code: string): InjectOptions => ({
        method: 'POST',
        url: `${HANDLING}/${code}${path}`,
        payload,
      })

    const CASES: ScopeCase[] = [
      on(
        'GET /api/v1/services/handling/:code',
        () => approving,
        (code) => ({
          method: 'GET',
          url: `${HANDLING}/${code}?purpose=${PURPOSE}`,
        }),
      ),
      on(
        'GET /api/v1/services/handling/:code/attachments/:id',
        () => approving,
        (code) => ({
          method: 'GET',
          url: `${HANDLING}/${code}/attachments/${attachmentId}?purpose=${PURPOSE}`,
        }),
      ),
      on('POST /api/v1/services/handling/:code/assign', () => approving, post('/assign', {})),
      on(
        'POST /api/v1/services/handling/:code/request-info',
        () => approving,
        post('/request-info', { message: 'Bổ sung hợp đồng thuê nhà' }),
      ),
      on('POST /api/v1/services/handling/:code/approve', () => approving, post('/approve', {})),
      on(
        'GET /api/v1/services/handling/:code/result.pdf',
        () => approving,
        (code) => ({
          method: 'GET',
          url: `${HANDLING}/${code}/result.pdf?purpose=${PURPOSE}`,
        }),
      ),
      on(
        'POST /api/v1/services/handling/:code/refuse',
        () => refusing,
        post('/refuse', { reason: 'Địa chỉ không có thật' }),
      ),
    ]

    it('has a jurisdiction case for every handling route with a record in its URL', () => {
      assertRecordRoutesKnown(
        app(),
        CASES.map((c) => c.route),
        (route) => route.includes(` ${HANDLING}/`),
      )
    })

    walkScopeCases(app, CASES)
  },
)
