import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'

/**
 * The error of a refused HTTP answer (`{ error: { code, message, details, requestId } }`); a test
 * names the shape of the details it reads.
 */
export interface Refusal<Details = Record<string, unknown> | null> {
  code: string
  message: string
  details: Details
  requestId: string
}

/** The error a refused answer carries; fails when the body is not an error envelope. */
export function refusalOf<Details = Record<string, unknown> | null>(
  response: Pick<LightMyRequestResponse, 'json' | 'body'>,
): Refusal<Details> {
  const body = response.json<{ error?: Refusal<Details> }>()
  assert.ok(body.error && typeof body.error.code === 'string', `not a refusal: ${response.body}`)
  return body.error
}

/**
 * Asserts that an HTTP answer is a refusal with this status and error code, and returns the error
 * for further checks of its details.
 *
 *     assertRefusal(response, { status: 403, code: 'PLAN_NOT_YOUR_AGENCY' })
 */
export function assertRefusal<Details = Record<string, unknown> | null>(
  response: LightMyRequestResponse,
  expected: { status: number; code: string },
  message?: string,
): Refusal<Details> {
  const where = message ? `${message}: ` : ''
  assert.equal(response.statusCode, expected.status, `${where}${response.body}`)
  const refusal = refusalOf<Details>(response)
  assert.equal(refusal.code, expected.code, `${where}${response.body}`)
  return refusal
}

/**
 * Asserts that a service call is refused. A string is the platform error's code
 * (`AppError.code`); `{ sqlState, message }` is a database error raised by a trigger or a
 * constraint, its SQLSTATE and a pattern of its message (on PostgreSQL the driver keeps them on
 * the error's cause).
 *
 *     await rejectsWith(createReport(...), 'PLAN_MONTH_CLOSED')
 */
export async function rejectsWith(
  action: Promise<unknown>,
  expected: string | { sqlState: string; message: string | RegExp },
  message?: string,
): Promise<void> {
  await assert.rejects(
    action,
    (error: unknown) => {
      const e = error as {
        code?: string
        message?: string
        cause?: { code?: string; message?: string }
      }
      if (typeof expected === 'string') {
        assert.equal(e.code, expected, message ?? e.message)
        return true
      }
      const sqlState = e.code ?? e.cause?.code
      const text = `${e.message ?? ''} ${e.cause?.message ?? ''}`
      assert.equal(sqlState, expected.sqlState, message ?? text)
      assert.match(
        text,
        typeof expected.message === 'string' ? new RegExp(expected.message) : expected.message,
      )
      return true
    },
    message,
  )
}
