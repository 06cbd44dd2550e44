import { idempotencyFor } from '../../platform/http/idempotency.js'
import {
  idempotencyKeyInvalid,
  idempotencyKeyRequired,
  idempotencyKeyReused,
} from './stays.errors.js'

/**
 * Stays' create requests under an Idempotency-Key (the platform's facility), refused with the
 * STAY_IDEMPOTENCY_KEY_* codes.
 */
export const { idempotencyOf, replayStored, withIdempotency } = idempotencyFor({
  required: idempotencyKeyRequired,
  invalid: idempotencyKeyInvalid,
  reused: idempotencyKeyReused,
})

export {
  purgeIdempotencyKeys,
  sendOutcome,
  type IdempotentOutcome,
  type IdempotentRequest,
  type Outcome,
} from '../../platform/http/idempotency.js'
