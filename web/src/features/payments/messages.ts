import { defineMessages } from '../../i18n/i18n'

// The payments feature's messages: Vietnamese first, every key in English too.
const vi = {
  'fee.title': 'Nộp phí, lệ phí bằng VietQR',
  'fee.amount': 'Số tiền',
  'fee.reference': 'Nội dung chuyển khoản',
  'fee.bank': 'Ngân hàng nhận',
  'fee.account': 'Số tài khoản',
  'fee.accountName': 'Tên tài khoản',
  'fee.status': 'Trạng thái',
  'fee.unpaid': 'Chưa nộp',
  'fee.paid': 'Đã nộp',
  'fee.qrLabel': 'Mã VietQR nộp {amount} vào tài khoản {account}, nội dung {reference}',
  'fee.howTo':
    'Mở ứng dụng ngân hàng bất kỳ, chọn quét mã QR: số tiền và nội dung đã được điền sẵn, xin đừng sửa. Trạng thái sẽ chuyển sang “Đã nộp” khi ngân hàng báo về.',
  'fee.paidNotice': 'Đã nhận được khoản nộp. Cảm ơn bạn.',
  'fee.simulate': 'Mô phỏng thanh toán',
  'fee.simulateHint': 'Chỉ có ở môi trường phát triển: giả lập ngân hàng báo đã nhận tiền.',
  'fee.simulated': 'Đã mô phỏng ngân hàng báo thanh toán {reference}.',
}

export type PaymentsKey = keyof typeof vi

const en: Record<PaymentsKey, string> = {
  'fee.title': 'Pay the fee by VietQR',
  'fee.amount': 'Amount',
  'fee.reference': 'Transfer reference',
  'fee.bank': 'Receiving bank',
  'fee.account': 'Account number',
  'fee.accountName': 'Account name',
  'fee.status': 'Status',
  'fee.unpaid': 'Not paid',
  'fee.paid': 'Paid',
  'fee.qrLabel': 'VietQR code paying {amount} to account {account}, reference {reference}',
  'fee.howTo':
    'Open any bank app and scan the QR code: the amount and reference are filled in, please do not change them. The status turns to “Paid” once the bank reports the transfer.',
  'fee.paidNotice': 'Your payment was received. Thank you.',
  'fee.simulate': 'Simulate payment',
  'fee.simulateHint': 'Development only: pretend the bank reported the transfer.',
  'fee.simulated': 'Simulated the bank reporting payment of {reference}.',
}

export const paymentsMessages = defineMessages('payments', vi, en)
