import { createHash, randomBytes } from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { arrayBuffer, type TimeStamper } from './cades.js'

const SHA256 = '2.16.840.1.101.3.4.2.1'
const TIMEOUT_MS = 10_000

/**
 * An RFC 3161 client of the configured time-stamping authority: the token over a signature value
 * that makes a PAdES signature B-T. A refusal or a token for another imprint throws, and the
 * approval that asked for it fails whole: a copy is never issued half-signed.
 */
export function timeStampingAuthority(url: string): TimeStamper {
  return async (signatureValue) => {
    const imprint = createHash('sha256').update(signatureValue).digest()
    const request = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({
        hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256 }),
        hashedMessage: new asn1js.OctetString({ valueHex: arrayBuffer(imprint) }),
      }),
      nonce: new asn1js.Integer({ valueHex: arrayBuffer(randomBytes(8)) }),
      certReq: true,
    })
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: Buffer.from(request.toSchema().toBER()),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) throw new Error(`the time-stamping authority answered ${response.status}`)
    const answer = pkijs.TimeStampResp.fromBER(await response.arrayBuffer())
    // PKIStatus granted (0) or grantedWithMods (1).
    const granted = [0, 1].includes(answer.status.status)
    if (!granted || !answer.timeStampToken)
      throw new Error(`the time-stamping authority refused (status ${answer.status.status})`)
    const signed = new pkijs.SignedData({ schema: answer.timeStampToken.content })
    const content = signed.encapContentInfo.eContent
    if (!content) throw new Error('the time-stamp token has no content')
    const info = pkijs.TSTInfo.fromBER(content.getValue())
    const stamped = Buffer.from(info.messageImprint.hashedMessage.getValue())
    if (!stamped.equals(imprint)) throw new Error('the time-stamp token is for another signature')
    return Buffer.from(answer.timeStampToken.toSchema().toBER())
  }
}
