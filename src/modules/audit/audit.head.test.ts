import assert from 'node:assert/strict'
import { once } from 'node:events'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, it } from 'node:test'
import { compactVerify, importJWK, type JWK } from 'jose'
import { useApp, describeOnEngines } from '../../../test/kit/index.js'
import { AuditSealer, createWitness, verifyAuditChain, type SignedHead } from './index.js'
import { buildEntry, recordCommitted } from './audit.test-support.js'

describeOnEngines('the signed head of the audit chain', (db) => {
  const app = useApp(db)
  const heads: SignedHead[] = []
  let dir = ''

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cds-witness-'))
    await recordCommitted(db(), [buildEntry(1), buildEntry(2), buildEntry(3)])
    await new AuditSealer(db(), { onCheckpoint: (head) => heads.push(head) }).sealPending()
  })
  after(() => rm(dir, { recursive: true, force: true }))

  it('is published with the keys that check it, and says nothing about anyone', async () => {
    const response = await app().inject({ method: 'GET', url: '/api/v1/audit/head' })
    assert.equal(response.statusCode, 200)
    const body = response.json<{
      head: { count: number; head: string; at: string; jws: string }
      keys: { keys: JWK[] }
    }>()
    assert.equal(body.head.count, 3)
    assert.equal(body.head.jws, heads.at(-1)?.jws)
    assert.deepEqual(Object.keys(body.head).sort(), ['at', 'count', 'head', 'jws'])
    const [key] = body.keys.keys
    assert.equal(key?.d, undefined, 'public keys only')
    const { payload, protectedHeader } = await compactVerify(
      body.head.jws,
      await importJWK(key!, 'ES256'),
    )
    assert.equal(protectedHeader.kid, key!.kid)
    const signed = JSON.parse(new TextDecoder().decode(payload)) as { count: number; head: string }
    assert.deepEqual([signed.count, signed.head], [3, body.head.head])
    const verification = await verifyAuditChain(db(), { head: body.head.jws })
    assert.ok(verification.ok, 'the published head is the chain’s')
  })

  it('reaches a witness file, and a webhook once it answers', async () => {
    const file = join(dir, 'heads.txt')
    const received: string[] = []
    let failures = 1
    const server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        if (failures-- > 0) return void response.writeHead(503).end()
        received.push((JSON.parse(body) as { head: string }).head)
        response.writeHead(204).end()
      })
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/witness`
    const errors: unknown[] = []
    const witness = createWitness({ url, file, retryMs: 20, onError: (e) => errors.push(e) })
    try {
      witness!.offer(heads.at(-1)!)
      const deadline = Date.now() + 5_000
      while (received.length === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20))
      assert.deepEqual(received, [heads.at(-1)!.jws], 'retried after the webhook failed once')
      assert.equal(errors.length, 1)
      const lines = (await readFile(file, 'utf8')).trim().split('\n')
      assert.deepEqual(lines, [heads.at(-1)!.jws], 'the file, apart, got it once')
    } finally {
      await witness!.close()
      server.close()
    }
  })
})
