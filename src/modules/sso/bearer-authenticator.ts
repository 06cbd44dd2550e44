import { createLocalJWKSet, jwtVerify, type JWK } from 'jose'
import type { Authenticator } from '../../platform/auth/access.js'
import type { Principal } from '../../platform/auth/principal.js'
import type { Role } from '../../platform/auth/roles.js'
import type { Executor } from '../../platform/db/database.js'
import { findClient } from './sso.clients.queries.js'
import { SECRET_VERSION } from './secrets.js'

const publicOf = ({ kty, crv, x, y, kid, alg }: JWK): JWK => ({ kty, crv, x, y, kid, alg })

/**
 * Partner systems call the API with the JWT access token the provider gave them for the
 * client_credentials grant. The token is checked offline; the client is read each time, so a
 * disabled client stops at its next request, not when its token expires, and so does a token
 * obtained under a secret since rotated.
 */
export function bearerAuthenticator(options: {
  db: Executor
  issuer: string
  audience: string
  signingKeys: JWK[]
}): Authenticator {
  const keys = createLocalJWKSet({ keys: options.signingKeys.map(publicOf) })
  return async (request) => {
    const header = request.headers.authorization
    if (!header?.startsWith('Bearer ')) return undefined
    const verified = await jwtVerify(header.slice(7), keys, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: ['ES256'],
      typ: 'at+jwt',
    }).catch(() => undefined)
    if (!verified) return undefined
    const { client_id: clientId, scope } = verified.payload
    if (typeof clientId !== 'string') return undefined
    const client = await findClient(options.db, clientId)
    if (!client?.role || client.disabledAt) return undefined
    if (verified.payload[SECRET_VERSION] !== client.secretVersion) return undefined
    const principal: Principal = {
      kind: 'client',
      accountId: `client:${clientId}`,
      personalNumber: null,
      clientId,
      grants: [
        {
          role: client.role as Role,
          unitCodes: client.unitCodes,
          establishmentId: client.establishmentId,
          agencyCode: client.agencyCode,
        },
      ],
      scopes: typeof scope === 'string' ? scope.split(' ') : [],
    }
    return principal
  }
}
