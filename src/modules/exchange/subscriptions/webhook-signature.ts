import { createHmac, randomBytes } from 'node:crypto'

/**
 * Standard Webhooks (https://www.standardwebhooks.com/): a secret `whsec_<base64 of 32 bytes>`,
 * and each message signed `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` with the raw bytes.
 */
const PREFIX = 'whsec_'

export const newWebhookSecret = (): string => `${PREFIX}${randomBytes(32).toString('base64')}`

export interface WebhookHeaders {
  'webhook-id': string
  'webhook-timestamp': string
  'webhook-signature': string
}

/** The three headers of one message; `at` becomes whole seconds since the epoch. */
export function signWebhook(
  secret: string,
  message: { id: string; at: Date; body: string },
): WebhookHeaders {
  const key = Buffer.from(secret.slice(PREFIX.length), 'base64')
  const timestamp = String(Math.floor(message.at.getTime() / 1000))
  const signature = createHmac('sha256', key)
    .update(`${message.id}.${timestamp}.${message.body}`)
    .digest('base64')
  return {
    'webhook-id': message.id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature}`,
  }
}
