import { createHmac, hkdfSync } from 'node:crypto'

/**
 * Everything secret the provider needs besides its signing keys, derived from one configured
 * secret so that an operator keeps one value. Pairwise subjects and client secrets depend on it:
 * changing SSO_SECRET gives every person a new subject at every client and voids every secret.
 */
export interface SsoSecrets {
  /** Keys that sign the provider's cookies (newest first). */
  cookieKeys: string[]
  pairwiseSalt: Buffer
  clientSecret(clientId: string, version: number): string
}

/**
 * The version of its client's secret a token was obtained under, in the client's metadata as the
 * provider sees it and in the token: a rotation revokes the tokens of earlier versions.
 */
export const SECRET_VERSION = 'secret_version'

// Only for development and tests; production refuses to start without SSO_SECRET.
const DEVELOPMENT_SECRET = 'cong-dan-so development SSO secret: never use in production'

const derive = (secret: string, purpose: string): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, 'cong-dan-so/sso', purpose, 32))

export function deriveSsoSecrets(secret: string = DEVELOPMENT_SECRET): SsoSecrets {
  const clientKey = derive(secret, 'client-secret')
  return {
    cookieKeys: [derive(secret, 'cookies').toString('base64url')],
    pairwiseSalt: derive(secret, 'pairwise'),
    clientSecret: (clientId, version) =>
      createHmac('sha256', clientKey).update(`${clientId}\n${version}`).digest('base64url'),
  }
}
