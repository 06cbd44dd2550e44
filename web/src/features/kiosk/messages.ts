import { defineMessages } from '../../i18n/i18n'

// The kiosk feature's messages: Vietnamese first, every key in English too.
const vi = {
  'kiosk.title': 'Ki-ốt Công Dân Số',
  'kiosk.showQr': 'Đưa mã QR định danh trên điện thoại vào trước camera.',
  'kiosk.welcome': 'Xin chào, {name}',
  'kiosk.idleWarning':
    'Không thấy thao tác: tự động kết thúc sau {seconds} giây. Chạm vào màn hình để tiếp tục.',
  'kiosk.finish': 'Kết thúc',
  'kiosk.enterCode': 'Nhập mã xác thực',
  'kiosk.codeSent': 'Mã xác thực đã gửi tới số điện thoại đuôi …{last}. Mã có hiệu lực 5 phút.',
  'kiosk.codeLabel': 'Mã xác thực (6 chữ số)',
  'kiosk.confirmCode': 'Xác nhận',
  'kiosk.deleteDigit': 'Xoá chữ số cuối',
  'kiosk.clearCode': 'Xoá hết',
  'kiosk.rescan': 'Quét lại mã QR',
  'kiosk.sending': 'Đang gửi mã tới điện thoại…',
  'kiosk.verifying': 'Đang kiểm tra mã xác thực…',
  'kiosk.codeWrong': 'Mã xác thực không đúng. Còn {left} lần thử.',
  'kiosk.codeExpired': 'Mã xác thực đã hết hạn. Hãy quét lại mã QR để nhận mã mới.',
  'kiosk.challengeClosed':
    'Lần đăng nhập này đã kết thúc (nhập sai quá nhiều lần hoặc mã đã dùng). Hãy quét lại mã QR.',
  'kiosk.noAccount':
    'Bạn chưa có tài khoản định danh điện tử đang hoạt động. Vui lòng đến quầy tiếp nhận để được hướng dẫn đăng ký.',
  'kiosk.noPhone':
    'Tài khoản của bạn chưa có số điện thoại đã xác minh để nhận mã. Vui lòng đến quầy tiếp nhận để cập nhật.',
  'kiosk.fileService': 'Nộp hồ sơ dịch vụ công',
  'kiosk.documentNotForSignIn':
    'Mã trên giấy tờ không có chữ ký số nên không dùng để đăng nhập ki-ốt. Hãy mở ứng dụng Công Dân Số, chọn “Mã QR định danh” và đưa mã đó vào camera.',
}

export type KioskKey = keyof typeof vi

const en: Record<KioskKey, string> = {
  'kiosk.title': 'Công Dân Số kiosk',
  'kiosk.showQr': 'Hold the identity QR code on your phone up to the camera.',
  'kiosk.welcome': 'Welcome, {name}',
  'kiosk.idleWarning': 'No activity: finishing in {seconds} seconds. Touch the screen to continue.',
  'kiosk.finish': 'Finish',
  'kiosk.enterCode': 'Enter the verification code',
  'kiosk.codeSent':
    'A verification code was sent to the phone number ending …{last}. It is valid for 5 minutes.',
  'kiosk.codeLabel': 'Verification code (6 digits)',
  'kiosk.confirmCode': 'Confirm',
  'kiosk.deleteDigit': 'Delete the last digit',
  'kiosk.clearCode': 'Clear all',
  'kiosk.rescan': 'Scan the QR code again',
  'kiosk.sending': 'Sending the code to your phone…',
  'kiosk.verifying': 'Checking the code…',
  'kiosk.codeWrong': 'The code is wrong. {left} tries left.',
  'kiosk.codeExpired': 'The code has expired. Scan the QR code again for a new one.',
  'kiosk.challengeClosed':
    'This sign-in is over (too many wrong codes, or the code was used). Scan the QR code again.',
  'kiosk.noAccount':
    'You have no active eID account. Please go to the reception counter, where staff will help you register.',
  'kiosk.noPhone':
    'Your account has no verified phone number to receive the code. Please go to the reception counter to update it.',
  'kiosk.fileService': 'File a public service',
  'kiosk.documentNotForSignIn':
    'The code on a document carries no digital signature, so it cannot sign you in at the kiosk. Open the Công Dân Số app, choose “Identity QR” and hold that code up to the camera.',
}

export const kioskMessages = defineMessages('kiosk', vi, en)
