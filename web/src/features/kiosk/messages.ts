import { defineMessages } from '../../i18n/i18n'

// The kiosk feature's messages: Vietnamese first, every key in English too.
const vi = {
  'kiosk.title': 'Ki-ốt Công Dân Số',
  'kiosk.showQr': 'Đưa mã QR định danh trên điện thoại vào trước camera.',
  'kiosk.welcome': 'Xin chào, {name}',
  'kiosk.idleWarning':
    'Không thấy thao tác: tự động kết thúc sau {seconds} giây. Chạm vào màn hình để tiếp tục.',
  'kiosk.finish': 'Kết thúc',
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
  'kiosk.documentNotForSignIn':
    'The code on a document carries no digital signature, so it cannot sign you in at the kiosk. Open the Công Dân Số app, choose “Identity QR” and hold that code up to the camera.',
}

export const kioskMessages = defineMessages('kiosk', vi, en)
