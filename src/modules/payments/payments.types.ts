import type { Config } from '../../platform/config/config.js'

/** The configuration the payments module reads (src/platform/config/config.ts describes each). */
export type PaymentsConfig = Pick<
  Config,
  | 'NODE_ENV'
  | 'PAYMENT_PAYEE_BIN'
  | 'PAYMENT_PAYEE_ACCOUNT'
  | 'PAYMENT_PAYEE_NAME'
  | 'PAYMENT_BANK_SECRETS'
>

/** The development bank whose secret signs simulated callbacks. */
export const DEMO_BANK = 'DEMO'
