import { defineMessages } from '../../i18n/i18n'

// The sso feature's messages: Vietnamese first, every key in English too.
const vi = {
  'consents.title': 'Ứng dụng được chia sẻ dữ liệu',
  'consents.intro': 'Các hệ thống bạn đã đồng ý cho nhận thông tin khi đăng nhập bằng Công Dân Số.',
  'consents.none': 'Bạn chưa đồng ý chia sẻ với ứng dụng nào.',
  'consents.grantedAt': 'Đồng ý lúc {at}',
  'consents.withdraw': 'Rút lại sự đồng ý với {client}',
  'consents.withdrawn': 'Đã rút lại sự đồng ý với {client}.',
  'sso.signInTitle': 'Đăng nhập Công Dân Số',
  'sso.secondFactorTitle': 'Xác thực hai lớp',
  'sso.signInFor': 'để tiếp tục tới {client}.',
  'sso.level2Required': 'Dịch vụ này yêu cầu tài khoản định danh điện tử mức 2.',
  'sso.codeHint': 'Mã 6 số trong ứng dụng xác thực, hoặc một mã khôi phục.',
  'sso.confirm': 'Xác nhận',
  'sso.noAccount': 'Chưa có tài khoản?',
  'sso.waitSeconds': 'Thử lại sau {seconds} giây',
  'sso.consentTitle': 'Cho phép chia sẻ thông tin',
  'sso.consentIntro': '{client} muốn nhận các thông tin sau của bạn:',
  'sso.consentRevoke': 'Bạn có thể thu hồi sự đồng ý này bất cứ lúc nào.',
  'sso.approve': 'Đồng ý',
  'sso.deny': 'Từ chối',
  'sso.scope.openid': 'Xác nhận bạn là ai (mã định danh riêng cho ứng dụng)',
  'sso.scope.profile': 'Họ tên, ngày sinh, giới tính, mức tài khoản',
  'sso.scope.personalNumber': 'Số định danh cá nhân',
  'sso.scope.seller': 'Bạn có phải người bán đã xác thực không',
  'sso.scope.offlineAccess': 'Giữ quyền truy cập khi bạn không trực tuyến',
  'sso.claim.sub': 'Mã định danh riêng cho ứng dụng',
  'sso.claim.name': 'Họ và tên',
  'sso.claim.birthdate': 'Ngày sinh',
  'sso.claim.gender': 'Giới tính',
  'sso.claim.eidLevel': 'Mức tài khoản định danh điện tử',
  'sso.claim.personalNumber': 'Số định danh cá nhân',
  'sso.claim.verifiedSeller':
    'Hộ kinh doanh bạn đứng tên còn hoạt động trong tỉnh (tên, ngành nghề, xã, phường, gian hàng)',
}

export type SsoKey = keyof typeof vi

const en: Record<SsoKey, string> = {
  'consents.title': 'Systems I share data with',
  'consents.intro':
    'The systems you allowed to receive your details when you sign in with Công Dân Số.',
  'consents.none': 'You have not allowed any system yet.',
  'consents.grantedAt': 'Allowed on {at}',
  'consents.withdraw': 'Withdraw the consent given to {client}',
  'consents.withdrawn': 'The consent given to {client} is withdrawn.',
  'sso.signInTitle': 'Sign in to Công Dân Số',
  'sso.secondFactorTitle': 'Two-step verification',
  'sso.signInFor': 'to continue to {client}.',
  'sso.level2Required': 'This service needs a level-2 electronic identity account.',
  'sso.codeHint': 'The 6-digit code in your authenticator app, or a recovery code.',
  'sso.confirm': 'Confirm',
  'sso.noAccount': 'No account yet?',
  'sso.waitSeconds': 'Try again in {seconds} s',
  'sso.consentTitle': 'Allow sharing your details',
  'sso.consentIntro': '{client} asks to receive the following about you:',
  'sso.consentRevoke': 'You can withdraw this consent at any time.',
  'sso.approve': 'Allow',
  'sso.deny': 'Refuse',
  'sso.scope.openid': 'Who you are (an identifier for this application only)',
  'sso.scope.profile': 'Name, date of birth, sex, account level',
  'sso.scope.personalNumber': 'Personal identification number',
  'sso.scope.seller': 'Whether you are a verified seller',
  'sso.scope.offlineAccess': 'Access while you are not online',
  'sso.claim.sub': 'An identifier for this application only',
  'sso.claim.name': 'Full name',
  'sso.claim.birthdate': 'Date of birth',
  'sso.claim.gender': 'Sex',
  'sso.claim.eidLevel': 'Electronic identity account level',
  'sso.claim.personalNumber': 'Personal identification number',
  'sso.claim.verifiedSeller':
    'The active household businesses you own in the province (name, trade, commune, shop)',
}

export const ssoMessages = defineMessages('sso', vi, en)
