import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  accessLogOf,
  assertRefusal,
  describeOnEngines,
  enrol,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'
import type { VaultDocumentView } from '../vault/vault.presenters.js'
import { samplePdf } from '../vault/vault.test-support.js'
import type { CreatedShare, ShareSummary } from './shares.js'

const me = '/api/v1/me/documents'
const shared = '/api/v1/documents/shared'

describeOnEngines('documents: sharing one document by a link that expires', (db) => {
  const app = useApp(db)
  let resident: Actor
  let other: Actor
  let document: VaultDocumentView
  let second: VaultDocumentView

  const upload = async (title: string) =>
    (
      await app().inject({
        method: 'POST',
        url: `${me}?title=${encodeURIComponent(title)}`,
        headers: { cookie: resident.cookie, 'content-type': 'application/pdf' },
        payload: await samplePdf(title),
      })
    ).json<VaultDocumentView>()

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 22, today: TODAY })
    resident = await enrol(app(), db(), { level: 2 })
    other = await enrol(app(), db())
    document = await upload('Bằng tốt nghiệp')
    second = await upload('Giấy khác')
  })

  const share = (who: Actor, id: string, hours: unknown) =>
    app().inject({
      method: 'POST',
      url: `${me}/${id}/shares`,
      headers: { cookie: who.cookie },
      payload: { hours },
    })
  const sharesOf = async (id: string) =>
    (await app().inject({ url: `${me}/${id}/shares`, headers: { cookie: resident.cookie } })).json<{
      shares: ShareSummary[]
    }>().shares

  it('opens the one document to anyone with the link, and counts every opening', async () => {
    const created = await share(resident, document.id, 48)
    assert.equal(created.statusCode, 201, created.body)
    const link = created.json<CreatedShare>()
    assert.ok(link.url.endsWith(`/shared/${link.secret}`), link.url)
    const hours = (Date.parse(link.expiresAt) - Date.now()) / 3_600_000
    assert.ok(hours > 47.9 && hours <= 48, `${hours} hours`)

    const opened = await app().inject({ url: `${shared}/${link.secret}` })
    assert.equal(opened.statusCode, 200, opened.body)
    assert.equal(opened.headers['cache-control'], 'no-store')
    const view = opened.json<{ document: VaultDocumentView }>().document
    assert.equal(view.id, document.id)
    assert.equal(view.verified, false)
    assert.ok(!opened.body.includes(second.id), 'nothing of the other documents')
    assert.ok(!opened.body.includes(resident.personalNumber), 'no personal number')
    assert.ok(!opened.body.includes('Bằng tốt nghiệp'), "the resident's own title stays theirs")
    const file = await app().inject({ url: `${shared}/${link.secret}/file` })
    assert.equal(file.statusCode, 200)
    assert.equal(file.headers['content-type'], 'application/pdf')

    const [listed] = await sharesOf(document.id)
    assert.equal(listed?.status, 'active')
    assert.equal(listed?.openings.length, 2)
    const log = (await accessLogOf(app(), resident.cookie)).filter(
      (e) => e.action === 'documents.share.open',
    )
    assert.equal(log.length, 2)
  })

  it('refuses a revoked link and an expired one, each by its own code', async () => {
    const revoked = (await share(resident, document.id, 1)).json<CreatedShare>()
    const revoke = await app().inject({
      method: 'DELETE',
      url: `${me}/${document.id}/shares/${revoked.id}`,
      headers: { cookie: resident.cookie },
    })
    assert.equal(revoke.statusCode, 204, revoke.body)
    assertRefusal(await app().inject({ url: `${shared}/${revoked.secret}` }), {
      status: 410,
      code: 'DOCUMENT_SHARE_REVOKED',
    })
    assertRefusal(await app().inject({ url: `${shared}/${revoked.secret}/file` }), {
      status: 410,
      code: 'DOCUMENT_SHARE_REVOKED',
    })
    const expired = (await share(resident, document.id, 1)).json<CreatedShare>()
    await db().query(
      `UPDATE vault_shares SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [expired.id],
    )
    assertRefusal(await app().inject({ url: `${shared}/${expired.secret}` }), {
      status: 410,
      code: 'DOCUMENT_SHARE_EXPIRED',
    })
    const statuses = new Map((await sharesOf(document.id)).map((s) => [s.id, s.status]))
    assert.equal(statuses.get(revoked.id), 'revoked')
    assert.equal(statuses.get(expired.id), 'expired')
    assertRefusal(await app().inject({ url: `${shared}/${'A'.repeat(43)}` }), {
      status: 404,
      code: 'DOCUMENT_SHARE_NOT_FOUND',
    })
    assertRefusal(await app().inject({ url: `${shared}/short` }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
  })

  it("lets no one share, list or revoke another's document, nor choose a lifetime out of range", async () => {
    assertRefusal(await share(other, document.id, 24), {
      status: 404,
      code: 'DOCUMENT_NOT_FOUND',
    })
    assertRefusal(
      await app().inject({ url: `${me}/${document.id}/shares`, headers: { cookie: other.cookie } }),
      { status: 404, code: 'DOCUMENT_NOT_FOUND' },
    )
    const mine = (await share(resident, document.id, 24)).json<CreatedShare>()
    assertRefusal(
      await app().inject({
        method: 'DELETE',
        url: `${me}/${document.id}/shares/${mine.id}`,
        headers: { cookie: other.cookie },
      }),
      { status: 404, code: 'DOCUMENT_SHARE_NOT_FOUND' },
    )
    assertRefusal(
      await app().inject({
        method: 'DELETE',
        url: `${me}/${second.id}/shares/${mine.id}`,
        headers: { cookie: resident.cookie },
      }),
      { status: 404, code: 'DOCUMENT_SHARE_NOT_FOUND' },
    )
    assert.equal((await app().inject({ url: `${shared}/${mine.secret}` })).statusCode, 200)
    for (const hours of [0, 721, 1.5, 'a day'])
      assertRefusal(await share(resident, document.id, hours), {
        status: 400,
        code: 'REQUEST_INVALID',
      })
    assertRefusal(await share(resident, randomUUID(), 24), {
      status: 404,
      code: 'DOCUMENT_NOT_FOUND',
    })
  })
})
