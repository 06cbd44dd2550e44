import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { arrayBuffer, signedData } from './cades.js'
import type { SigningIdentity } from './pkcs12.js'

const TST_INFO = '1.2.840.113549.1.9.16.1.4'
const TEST_POLICY = '1.3.6.1.4.1.99999.1'

/** A local RFC 3161 time-stamping authority for tests, counting the tokens it grants. */
export async function startTimeStampingAuthority(identity: SigningIdentity): Promise<{
  url: string
  granted: () => number
  close: () => Promise<void>
}> {
  let granted = 0
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (c: Buffer) => chunks.push(c))
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      const query = pkijs.TimeStampReq.fromBER(arrayBuffer(body))
      const info = new pkijs.TSTInfo({
        version: 1,
        policy: TEST_POLICY,
        messageImprint: query.messageImprint,
        serialNumber: new asn1js.Integer({ value: ++granted }),
        genTime: new Date(),
        ...(query.nonce ? { nonce: query.nonce } : {}),
      })
      void signedData(Buffer.from(info.toSchema().toBER()), identity, {
        contentType: TST_INFO,
        encapsulate: true,
      }).then((token) => {
        const answer = new pkijs.TimeStampResp({
          status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
          timeStampToken: pkijs.ContentInfo.fromBER(
            token.buffer.slice(
              token.byteOffset,
              token.byteOffset + token.byteLength,
            ) as ArrayBuffer,
          ),
        })
        response.setHeader('content-type', 'application/timestamp-reply')
        response.end(Buffer.from(answer.toSchema().toBER()))
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    granted: () => granted,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve()
        })
      }),
  }
}
