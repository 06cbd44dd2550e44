import { generateKeyPairSync, randomBytes } from 'node:crypto'
import forge from 'node-forge'
import { makePkcs12 } from './pkcs12.js'

/**
 * A demonstration public-key infrastructure for development and tests: a root CA and one
 * certificate per agency, every subject saying it is a demonstration, so that no one mistakes a
 * copy signed by it for a legally valid one. Production brings its agencies' real keys.
 */

/** The password of the demonstration PKCS#12 files: they protect nothing real. */
export const DEMONSTRATION_PASSWORD = 'demonstration'

const MARK = 'DEMONSTRATION - not valid for legal use'
const YEAR_MS = 365 * 86_400_000

interface Issued {
  keyPem: string
  certPem: string
}

function rsaKeys(): {
  privateKey: forge.pki.rsa.PrivateKey
  publicKey: forge.pki.rsa.PublicKey
  pem: string
} {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
  const key = forge.pki.privateKeyFromPem(pem)
  return { privateKey: key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e), pem }
}

function certificate(
  subject: forge.pki.CertificateField[],
  publicKey: forge.pki.rsa.PublicKey,
  issuer: {
    subject: forge.pki.CertificateField[]
    key: forge.pki.rsa.PrivateKey
    cert?: forge.pki.Certificate
  },
  ca: boolean,
  years: number,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate()
  cert.publicKey = publicKey
  // A positive serial of 16 random bytes (RFC 5280 allows up to 20).
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`
  cert.validity.notBefore = new Date(Date.now() - 86_400_000)
  cert.validity.notAfter = new Date(Date.now() + years * YEAR_MS)
  cert.setSubject(subject)
  cert.setIssuer(issuer.subject)
  cert.setExtensions([
    { name: 'basicConstraints', cA: ca, critical: true },
    ca
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    ...(issuer.cert
      ? [
          {
            name: 'authorityKeyIdentifier',
            keyIdentifier: issuer.cert.generateSubjectKeyIdentifier().getBytes(),
          },
        ]
      : []),
  ])
  cert.sign(issuer.key, forge.md.sha256.create())
  return cert
}

const ROOT_SUBJECT: forge.pki.CertificateField[] = [
  { shortName: 'C', value: 'VN' },
  { shortName: 'O', value: MARK },
  { shortName: 'CN', value: 'Cong Dan So demonstration root CA' },
]

/** A new demonstration root CA, valid ten years. */
export function makeDemonstrationRoot(): Issued {
  const keys = rsaKeys()
  const cert = certificate(
    ROOT_SUBJECT,
    keys.publicKey,
    { subject: ROOT_SUBJECT, key: keys.privateKey },
    true,
    10,
  )
  return { keyPem: keys.pem, certPem: forge.pki.certificateToPem(cert) }
}

/**
 * A demonstration certificate for an agency (a commune's People's Committee, by commune code),
 * issued by the root, as the PKCS#12 file a real CA would deliver.
 */
export function makeDemonstrationAgency(root: Issued, agency: string): Buffer {
  const keys = rsaKeys()
  const rootCert = forge.pki.certificateFromPem(root.certPem)
  const subject: forge.pki.CertificateField[] = [
    { shortName: 'C', value: 'VN' },
    { shortName: 'O', value: MARK },
    { shortName: 'OU', value: `agency ${agency}` },
    { shortName: 'CN', value: `Uy ban nhan dan xa ${agency} (demonstration)` },
  ]
  const cert = certificate(
    subject,
    keys.publicKey,
    { subject: ROOT_SUBJECT, key: forge.pki.privateKeyFromPem(root.keyPem), cert: rootCert },
    false,
    3,
  )
  return makePkcs12(
    keys.pem,
    [forge.pki.certificateToPem(cert), root.certPem],
    DEMONSTRATION_PASSWORD,
  )
}
