import { idempotencyFor } from '../../platform/http/idempotency.js'
import {
  idempotencyKeyInvalid,
  idempotencyKeyRequired,
  idempotencyKeyReused,
} from './services.errors.js'

/** Filing under an Idempotency-Key (the platform's facility), refused with SERVICE_* codes. */
export const { idempotencyOf, withIdempotency } = idempotencyFor({
  required: idempotencyKeyRequired,
  invalid: idempotencyKeyInvalid,
  reused: idempotencyKeyReused,
})
