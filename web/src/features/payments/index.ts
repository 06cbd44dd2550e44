// What other features use of payments: the fee to pay by VietQR (the services pages embed it).
export { FeePayment, formatVnd } from './FeePayment'
