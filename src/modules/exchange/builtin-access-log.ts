import { isPurposeCode } from '../audit/index.js'
import type { BuiltinAnswer, BuiltinCall, BuiltinHandler } from './builtins.js'

/** The audited action of a built-in check answered about a resident, in their access log. */
export const BUILTIN_CHECK_ACTION = 'exchange.builtin.check'

// The gateway answers for the member's system; the audit trail names the member, not an address
// (as documents' vault issuance through the gateway does).
const GATEWAY_IP = '127.0.0.1'

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined

/**
 * The resident an answer released facts about: the identity a valid QR named, or the person a
 * question named when the registry matched. A refusal, a malformed code or no match released
 * nothing about anyone, so it is no access to log.
 */
export function subjectOfAnswer(call: BuiltinCall, answer: BuiltinAnswer): string | null {
  if (answer.status < 200 || answer.status >= 300) return null
  const identity = field(answer.body, 'identity')
  const released =
    field(answer.body, 'match') === true ||
    (field(answer.body, 'valid') === true && field(answer.body, 'match') === undefined)
  if (!released) return null
  const number = field(identity, 'personalNumber') ?? field(call.body, 'personalNumber')
  return typeof number === 'string' && /^\d{12}$/.test(number) ? number : null
}

/**
 * A built-in check whose answer carries what it released for the resident's access log, as the calling
 * member (its code as the acting agency, named from the exchange's members), with the service,
 * the purpose the consumer stated and the attributes its grant named. The purpose is one of the
 * access log's when the service uses one; otherwise identity verification, the stated one kept
 * in the summary.
 */
export function withAccessLog(service: string, handler: BuiltinHandler): BuiltinHandler {
  return async (call) => {
    const answer = await handler(call)
    const subject = subjectOfAnswer(call, answer)
    if (!subject) return answer
    return {
      ...answer,
      access: {
        actor: {
          accountId: `exchange:${call.consumerCode}`,
          role: 'partnerSystem',
          agency: call.consumerCode,
        },
        subjectPersonalNumber: subject,
        action: BUILTIN_CHECK_ACTION,
        purpose: isPurposeCode(call.purpose) ? call.purpose : 'identity_verification',
        summary: {
          service,
          statedPurpose: call.purpose.slice(0, 64),
          attributes: call.attributes.join(',').slice(0, 256),
        },
        sourceIp: GATEWAY_IP,
      },
    }
  }
}
