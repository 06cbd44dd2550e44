import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import forge from 'node-forge'
import { PDFDocument } from 'pdf-lib'
import { agencyKeys, type AgencyKeys } from './agency-keys.js'
import { DEMONSTRATION_PASSWORD } from './demonstration-ca.js'
import { signPades } from './pades.js'
import { cmsPrint, opensslVerify, pdfsig } from './pdf-validator.test-support.js'
import { makePkcs12, openPkcs12, type SigningIdentity } from './pkcs12.js'
import { timeStampingAuthority } from './timestamp.js'
import { startTimeStampingAuthority } from './timestamp.test-support.js'

const COMMUNE = '26017'
const LABEL = {
  name: 'Ủy ban nhân dân xã thử nghiệm',
  reason: 'Chứng thực bản sao từ bản chính',
  location: 'Việt Nam',
  contactInfo: '',
}

async function twoPages(): Promise<PDFDocument> {
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText('Original, page 1')
  pdf.addPage().drawText('Original, page 2')
  return pdf
}

describe('documents: PAdES signatures by an agency’s key', () => {
  let keys: AgencyKeys
  let identity: SigningIdentity
  let root: string

  before(async () => {
    keys = agencyKeys({ configured: undefined, demonstrationDirectory: undefined })
    identity = (await keys.identityOf(COMMUNE))!
    root = (await keys.demonstrationRoot())!
  })

  it('signs B-B that pdfsig validates up to the trusted root, and that one changed byte breaks', async () => {
    const at = new Date('2026-03-02T03:04:05Z')
    const signed = await signPades(await twoPages(), identity, LABEL, { at })
    const verdict = await pdfsig(signed, root)
    assert.ok(verdict.signatureValid, verdict.output)
    assert.ok(verdict.certificateTrusted, verdict.output)
    assert.match(verdict.output, /Signature Type: ETSI\.CAdES\.detached/)
    assert.match(verdict.output, /Total document signed/)
    assert.match(verdict.output, /demonstration/, 'the demonstration certificate says so')
    assert.equal((await opensslVerify(signed, root)).ok, true)

    // One byte of the signed range changed (inside the first page's content).
    const changed = Buffer.from(signed)
    const at400 = changed[400]!
    changed[400] = at400 === 0x41 ? 0x42 : 0x41
    const broken = await pdfsig(changed, root)
    assert.equal(broken.signatureValid, false, broken.output)
    assert.equal((await opensslVerify(changed, root)).ok, false)
  })

  it('is not trusted under another root', async () => {
    const signed = await signPades(await twoPages(), identity, LABEL, { at: new Date() })
    const verdict = await pdfsig(signed, selfSignedPem())
    assert.ok(verdict.signatureValid, verdict.output)
    assert.equal(verdict.certificateTrusted, false, verdict.output)
  })

  it('puts signing-certificate-v2 in the signed attributes and no signing-time; /M in the dictionary', async () => {
    const signed = await signPades(await twoPages(), identity, LABEL, {
      at: new Date('2026-03-02T03:04:05Z'),
    })
    const printed = await cmsPrint(signed)
    assert.match(printed, /id-smime-aa-signingCertificateV2/)
    assert.match(printed, /messageDigest/)
    assert.doesNotMatch(printed, /signingTime/)
    assert.match(signed.toString('latin1'), /\/M \(D:20260302030405Z\)/)
    assert.match(signed.toString('latin1'), /\/SubFilter \/ETSI\.CAdES\.detached/)
  })

  it('adds an RFC 3161 time-stamp token (B-T) when a time-stamping authority is configured', async () => {
    const tsa = await startTimeStampingAuthority((await keys.identityOf('tsa'))!)
    try {
      const signed = await signPades(await twoPages(), identity, LABEL, {
        at: new Date(),
        timeStamp: timeStampingAuthority(tsa.url),
      })
      assert.equal(tsa.granted(), 1)
      assert.match(await cmsPrint(signed), /id-smime-aa-timeStampToken/)
      const verdict = await pdfsig(signed, root)
      assert.ok(verdict.signatureValid && verdict.certificateTrusted, verdict.output)
    } finally {
      await tsa.close()
    }
  })
})

describe('documents: agencies’ keys from configuration', () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cds-keys-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('opens an agency’s PKCS#12 file with its password, and no other agency', async () => {
    const source = (await agencyKeys({
      configured: undefined,
      demonstrationDirectory: undefined,
    }).identityOf('70001'))!
    const keyPem = source.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    const pem = (der: Buffer) =>
      `-----BEGIN CERTIFICATE-----\n${der.toString('base64')}\n-----END CERTIFICATE-----\n`
    await writeFile(
      join(dir, 'agency.p12'),
      makePkcs12(keyPem, [pem(source.certificate), ...source.chain.map(pem)], 's3cret'),
    )
    const keys = agencyKeys({
      configured: { '70001': { file: join(dir, 'agency.p12'), password: 's3cret' } },
      demonstrationDirectory: undefined,
    })
    const identity = (await keys.identityOf('70001'))!
    assert.ok(identity.certificate.equals(source.certificate))
    assert.equal(identity.chain.length, 1)
    assert.equal(await keys.identityOf('70002'), undefined, 'no demonstration key beside real ones')
    assert.equal(await keys.demonstrationRoot(), undefined)
    const wrong = agencyKeys({
      configured: { '70001': { file: join(dir, 'agency.p12'), password: 'nope' } },
      demonstrationDirectory: undefined,
    })
    await assert.rejects(wrong.identityOf('70001'))
  })

  it('refuses a PKCS#12 file whose certificate is not of its key', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const stranger = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    assert.throws(
      () => openPkcs12(makePkcs12(stranger, [selfSignedPem()], 'x'), 'x'),
      /no certificate of its key/,
    )
  })

  it('keeps development’s demonstration root and certificates across restarts', async () => {
    const first = agencyKeys({ configured: undefined, demonstrationDirectory: join(dir, 'dev') })
    const a = (await first.identityOf(COMMUNE))!
    const again = agencyKeys({ configured: undefined, demonstrationDirectory: join(dir, 'dev') })
    const b = (await again.identityOf(COMMUNE))!
    assert.ok(a.certificate.equals(b.certificate))
    assert.equal(await first.demonstrationRoot(), await again.demonstrationRoot())
    assert.deepEqual((await readdir(join(dir, 'dev'))).sort(), [
      `${COMMUNE}.p12`,
      'root.key.pem',
      'root.pem',
    ])
    const kept = openPkcs12(
      await readFile(join(dir, 'dev', `${COMMUNE}.p12`)),
      DEMONSTRATION_PASSWORD,
    )
    assert.ok(kept.certificate.equals(a.certificate))
  })
})

/** A self-signed certificate of a key no one keeps. */
function selfSignedPem(): string {
  const keys = forge.pki.rsa.generateKeyPair(1024)
  const cert = forge.pki.createCertificate()
  cert.publicKey = keys.publicKey
  cert.serialNumber = '01'
  cert.validity.notBefore = new Date()
  cert.validity.notAfter = new Date(Date.now() + 86_400_000)
  cert.setSubject([{ shortName: 'CN', value: 'stranger' }])
  cert.setIssuer([{ shortName: 'CN', value: 'stranger' }])
  cert.sign(keys.privateKey, forge.md.sha256.create())
  return forge.pki.certificateToPem(cert)
}
