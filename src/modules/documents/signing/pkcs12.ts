import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto'
import forge from 'node-forge'

/** A signing key with its certificate and the issuers above it, as a CMS signer needs them. */
export interface SigningIdentity {
  privateKey: KeyObject
  /** DER of the signer's certificate. */
  certificate: Buffer
  /** DER of the issuing certificates, nearest first (the root may be among them). */
  chain: Buffer[]
}

// PKCS#12 bag types (RFC 7292).
const BAG = {
  key: '1.2.840.113549.1.12.10.1.1',
  shroudedKey: '1.2.840.113549.1.12.10.1.2',
  certificate: '1.2.840.113549.1.12.10.1.3',
}

const der = (asn1: forge.asn1.Asn1): Buffer =>
  Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary')

/**
 * Opens a PKCS#12 file (the form in which CAs deliver an agency's key and certificate). The key
 * bag is read as PKCS#8 and handed to Node's crypto, so RSA and EC keys both work.
 * @throws Error when the password is wrong, or the file holds no key or no matching certificate
 */
export function openPkcs12(p12: Buffer, password: string): SigningIdentity {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')))
  const store = forge.pkcs12.pkcs12FromAsn1(asn1, password)
  const bags = (bagType: string): forge.pkcs12.Bag[] => store.getBags({ bagType })[bagType] ?? []
  const keyBag = [...bags(BAG.shroudedKey), ...bags(BAG.key)][0]
  if (!keyBag) throw new Error('the PKCS#12 file holds no private key')
  // forge decodes RSA keys only; for others it leaves the PKCS#8 structure in `asn1`.
  const keyDer = keyBag.key
    ? der(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key)))
    : der(keyBag.asn1)
  const privateKey = createPrivateKey({ key: keyDer, format: 'der', type: 'pkcs8' })
  const certificates = bags(BAG.certificate).map((bag) =>
    bag.cert ? der(forge.pki.certificateToAsn1(bag.cert)) : der(bag.asn1),
  )
  const signerAt = certificates.findIndex((c) => new X509Certificate(c).checkPrivateKey(privateKey))
  const certificate = certificates[signerAt]
  if (!certificate) throw new Error('the PKCS#12 file holds no certificate of its key')
  return { privateKey, certificate, chain: certificates.filter((_, i) => i !== signerAt) }
}

/** A PKCS#12 file of an RSA key, its certificate and its chain (AES-256, SHA-256 MAC). */
export function makePkcs12(
  privateKeyPem: string,
  certificatesPem: string[],
  password: string,
): Buffer {
  const key = forge.pki.privateKeyFromPem(privateKeyPem)
  const certs = certificatesPem.map((pem) => forge.pki.certificateFromPem(pem))
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, certs, password, {
    algorithm: 'aes256',
    generateLocalKeyId: true,
  })
  return der(asn1)
}

/** The subject of a certificate on one line, as the certification record keeps it. */
export const subjectOf = (certificate: Buffer): string =>
  new X509Certificate(certificate).subject.replace(/\n/g, ', ')
