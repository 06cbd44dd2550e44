import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'
import type { FastifyReply } from 'fastify'

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): after a
 * successful sign-in the browser gets a cookie binding it to the account, signed by the server.
 * A sign-in that presents one is not held by the account-wide lockout, so guessing from many
 * addresses cannot keep the owner out of a device they have used before.
 */
export const DEVICE_COOKIE = 'cds_device'
const LIFETIME_SECONDS = 180 * 86_400

// Only for development and tests; production refuses to start without SSO_SECRET, the one
// secret every cookie key of the platform is derived from.
const DEVELOPMENT_SECRET = 'cong-dan-so development SSO secret: never use in production'

export interface DeviceCookies {
  issue(accountId: string, now?: Date): { value: string; expires: Date }
  /** The device's id when the cookie is genuine, for this account and not expired. */
  verify(value: string | undefined, accountId: string, now?: Date): string | undefined
}

export function deviceCookies(secret: string = DEVELOPMENT_SECRET): DeviceCookies {
  const key = Buffer.from(hkdfSync('sha256', secret, 'cong-dan-so/identity', 'device-cookies', 32))
  const mac = (payload: string): Buffer => createHmac('sha256', key).update(payload).digest()
  return {
    issue(accountId, now = new Date()) {
      const expiresAt = Math.floor(now.getTime() / 1000) + LIFETIME_SECONDS
      const payload = `${accountId}.${randomBytes(16).toString('base64url')}.${expiresAt}`
      const value = `${payload}.${mac(payload).toString('base64url')}`
      return { value, expires: new Date(expiresAt * 1000) }
    },
    verify(value, accountId, now = new Date()) {
      const [account, device, expiresAt, signature, ...rest] = value?.split('.') ?? []
      if (rest.length || !signature || account !== accountId) return undefined
      const given = Buffer.from(signature, 'base64url')
      const expected = mac(`${account}.${device}.${expiresAt}`)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
      return Number(expiresAt) * 1000 > now.getTime() ? device : undefined
    },
  }
}

export function setDeviceCookie(reply: FastifyReply, cookie: { value: string; expires: Date }) {
  reply.setCookie(DEVICE_COOKIE, cookie.value, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    expires: cookie.expires,
  })
}
