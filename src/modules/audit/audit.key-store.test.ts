import assert from 'node:assert/strict'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { generateSigningKey } from '../identity/index.js'
import { loadAuditKeys } from './index.js'

describe('audit keys', () => {
  let dir = ''
  after(() => rm(dir, { recursive: true, force: true }))

  it('in development, are generated once outside the database and kept across restarts', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cds-audit-keys-'))
    const developmentFile = join(dir, 'data', 'audit-signing-keys.json')
    const first = await loadAuditKeys({ jwks: undefined, developmentFile })
    const second = await loadAuditKeys({ jwks: undefined, developmentFile })
    const mac = first!.mac('entry')
    assert.ok(second!.checkMac('entry', mac), 'a restart checks what was written before it')
    assert.equal((await stat(developmentFile)).mode & 0o077, 0, 'readable by the owner only')
  })

  it('verify with a retired key and sign with the first', async () => {
    const [retired, current] = [await generateSigningKey(), await generateSigningKey()]
    const oldRing = await loadAuditKeys({
      jwks: JSON.stringify([retired]),
      developmentFile: undefined,
    })
    const newRing = await loadAuditKeys({
      jwks: JSON.stringify([current, retired]),
      developmentFile: undefined,
    })
    const old = await oldRing!.sign({ count: 1 })
    assert.deepEqual(await newRing!.verify(old.jws), { count: 1 })
    assert.ok(newRing!.checkMac('entry', oldRing!.mac('entry')))
    assert.equal((await newRing!.sign({ count: 2 })).keyId, current.kid)
    assert.equal(await oldRing!.verify((await newRing!.sign({ count: 2 })).jws), undefined)
  })
})
