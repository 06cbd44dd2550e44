import { before, it } from 'node:test'
import type { InjectOptions } from 'fastify'
import {
  assertRecordRoutesKnown,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  useApp,
  walkScopeCases,
  type Actor,
  type ScopeCase,
} from '../../../../test/kit/index.js'
import { askForCertifiedCopy, originalPdf } from './certification.test-support.js'

const CERTIFICATIONS = '/api/v1/documents/certifications'

interface Pair {
  inside: string
  outside: string
}

describeOnEngines(
  'every certification route, inside and just outside the officer’s commune',
  (db) => {
    const app = useApp(db)
    let officer: Actor
    /** Requests of residents of each commune: one pair to approve (then revoke), one to refuse. */
    let approving: Pair
    let refusing: Pair

    before(async () => {
      const { inside, outside } = await seedTwoCommunes(db())
      officer = await enrol(app(), db(), {
        role: 'communeOfficer',
        unitCodes: [inside.communeCode],
      })
      const residentOf = (communeCode: string) =>
        enrol(app(), db(), {
          where: `commune_code = '${communeCode}' AND personal_number <> '${officer.personalNumber}'`,
        })
      const [here, there] = [
        await residentOf(inside.communeCode),
        await residentOf(outside.communeCode),
      ]
      const ask = async (who: Actor) =>
        (await askForCertifiedCopy(app(), who, await originalPdf(1))).id
      approving = { inside: await ask(here), outside: await ask(there) }
      refusing = { inside: await ask(here), outside: await ask(there) }
    })

    const on = (
      route: string,
      pair: () => Pair,
      request: (id: string) => InjectOptions,
    ): ScopeCase => ({
      route,
      role: 'communeOfficer',
      as: () => officer,
      inside: () => request(pair().inside),
      outside: () => request(pair().outside),
      allowed: 200,
      refused: { status: 403, code: 'CERTIFICATION_OUTSIDE_COMMUNE' },
    })
    const get =
      (rest: string) =>
      (id: string): InjectOptions => ({
        method: 'GET',
        url: `${CERTIFICATIONS}/${id}${rest}`,
      })
    const post =
      (rest: string, payload: object) =>
      (id: string): InjectOptions => ({
        method: 'POST',
        url: `${CERTIFICATIONS}/${id}${rest}`,
        payload,
      })

    const CASES: ScopeCase[] = [
      on(`GET ${CERTIFICATIONS}/:id`, () => approving, get('')),
      on(`GET ${CERTIFICATIONS}/:id/original`, () => approving, get('/original')),
      on(
        `POST ${CERTIFICATIONS}/:id/approve`,
        () => approving,
        post('/approve', { officerTitle: 'Phó Chủ tịch' }),
      ),
      on(
        `POST ${CERTIFICATIONS}/:id/revoke`,
        () => approving,
        post('/revoke', { reason: 'Bản chính bị sửa chữa' }),
      ),
      on(
        `POST ${CERTIFICATIONS}/:id/refuse`,
        () => refusing,
        post('/refuse', { reason: 'Bản chính không rõ nét' }),
      ),
    ]

    it('has a jurisdiction case for every certification route with a record in its URL', () => {
      assertRecordRoutesKnown(
        app(),
        CASES.map((c) => c.route),
        (route) => route.includes(` ${CERTIFICATIONS}/`),
      )
    })

    walkScopeCases(app, CASES)
  },
)
