export { paymentsModule } from './payments.module.js'
export {
  paymentOf,
  requestPayment,
  type Payment,
  type PaymentRequestInput,
} from './requests.service.js'
export { payeeOf, signCallback, CALLBACK_WINDOW_SECONDS } from './signature.js'
export type { PaymentsConfig } from './payments.types.js'
export { decodeVietQr, encodeVietQr, parseTlv, crc16, type Payee } from './vietqr.js'
export { paymentsErrors } from './payments.errors.js'
export { PAYMENT_PAID, PaymentPaidPayload } from './payments.events.js'
