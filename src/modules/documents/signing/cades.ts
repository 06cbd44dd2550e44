import { createHash, sign } from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import type { SigningIdentity } from './pkcs12.js'

/**
 * The CMS of a PAdES baseline signature (ETSI EN 319 142-1, CAdES detached over the PDF's byte
 * range): signed attributes content-type, message-digest and signing-certificate-v2, and no
 * signing-time (PAdES puts the claimed time in the signature dictionary's /M instead).
 */

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
}

const sha256 = (data: Buffer): Buffer => createHash('sha256').update(data).digest()
/** A copy of the bytes as the plain ArrayBuffer asn1js and pkijs take. */
export const arrayBuffer = (b: Buffer): ArrayBuffer => new Uint8Array(b).buffer
const parseCertificate = (der: Buffer): pkijs.Certificate =>
  pkijs.Certificate.fromBER(arrayBuffer(der))

/** ESS signing-certificate-v2: the signer's certificate by its SHA-256 hash and issuer/serial. */
function signingCertificateV2(certificate: Buffer, parsed: pkijs.Certificate): pkijs.Attribute {
  const issuerSerial = new pkijs.IssuerSerial({
    issuer: new pkijs.GeneralNames({
      names: [new pkijs.GeneralName({ type: 4, value: parsed.issuer })],
    }),
    serialNumber: parsed.serialNumber,
  })
  // hashAlgorithm is left out: SHA-256 is its DEFAULT, which DER omits.
  const essCertIdV2 = new asn1js.Sequence({
    value: [
      new asn1js.OctetString({ valueHex: arrayBuffer(sha256(certificate)) }),
      issuerSerial.toSchema(),
    ],
  })
  return new pkijs.Attribute({
    type: OID.signingCertificateV2,
    values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })],
  })
}

/** The RFC 3161 token over a signature value, for B-T: given by the caller's time-stamping client. */
export type TimeStamper = (signatureValue: Buffer) => Promise<Buffer>

/**
 * Signs the byte range of a PDF: a detached CMS SignedData, DER-encoded.
 * @param timeStamp when given, its token is added as the signature-time-stamp unsigned attribute
 */
export function cadesDetached(
  content: Buffer,
  identity: SigningIdentity,
  timeStamp?: TimeStamper,
): Promise<Buffer> {
  return signedData(content, identity, { contentType: OID.data, encapsulate: false, timeStamp })
}

/**
 * A CMS SignedData over content with the CAdES signed attributes; encapsulated for tokens that
 * carry their content (an RFC 3161 TSTInfo), detached for PDF signatures.
 */
export async function signedData(
  content: Buffer,
  identity: SigningIdentity,
  options: { contentType: string; encapsulate: boolean; timeStamp?: TimeStamper | undefined },
): Promise<Buffer> {
  const signer = parseCertificate(identity.certificate)
  const ec = identity.privateKey.asymmetricKeyType === 'ec'
  const signedAttrs = [
    new pkijs.Attribute({
      type: OID.contentType,
      values: [new asn1js.ObjectIdentifier({ value: options.contentType })],
    }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: arrayBuffer(sha256(content)) })],
    }),
    signingCertificateV2(identity.certificate, signer),
  ]
  // What is signed is the DER of the attributes as a SET OF, not as the [0] field it sits in.
  const toBeSigned = Buffer.from(
    new asn1js.Set({ value: signedAttrs.map((a) => a.toSchema()) }).toBER(),
  )
  const signatureValue = sign('sha256', toBeSigned, identity.privateKey)
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: signer.issuer,
      serialNumber: signer.serialNumber,
    }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: signedAttrs }),
    signatureAlgorithm: new pkijs.AlgorithmIdentifier(
      ec
        ? { algorithmId: OID.ecdsaWithSha256 }
        : { algorithmId: OID.rsaEncryption, algorithmParams: new asn1js.Null() },
    ),
    signature: new asn1js.OctetString({ valueHex: arrayBuffer(signatureValue) }),
  })
  if (options.timeStamp) {
    const token = await options.timeStamp(signatureValue)
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [
        new pkijs.Attribute({
          type: OID.signatureTimeStampToken,
          values: [asn1js.fromBER(arrayBuffer(token)).result],
        }),
      ],
    })
  }
  const cms = new pkijs.SignedData({
    version: options.contentType === OID.data ? 1 : 3,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: options.contentType,
      ...(options.encapsulate
        ? { eContent: new asn1js.OctetString({ valueHex: arrayBuffer(content) }) }
        : {}),
    }),
    certificates: [identity.certificate, ...identity.chain].map(parseCertificate),
    signerInfos: [signerInfo],
  })
  const contentInfo = new pkijs.ContentInfo({
    contentType: OID.signedData,
    content: cms.toSchema(true),
  })
  return Buffer.from(contentInfo.toSchema().toBER())
}
