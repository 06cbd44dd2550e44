/**
 * What each audited action did, in the words of the person whose data it was: the access log
 * reads "<who>: <what>" ("Khách sạn X · Khai báo lưu trú của bạn"). An action not listed shows
 * its code.
 */
const ACTIONS: Record<string, { vi: string; en: string }> = {
  'population.resident.read': {
    vi: 'Xem thông tin cá nhân của bạn',
    en: 'Viewed your personal details',
  },
  'population.resident.search': {
    vi: 'Tìm kiếm, hồ sơ của bạn có trong kết quả',
    en: 'Searched; your record was among the results',
  },
  'population.household.read': { vi: 'Xem thông tin hộ gia đình', en: 'Viewed your household' },
  'population.movements.read': { vi: 'Xem biến động cư trú', en: 'Viewed your registry movements' },
  'identity.account.raiseLevel': {
    vi: 'Nâng tài khoản định danh của bạn lên mức 2',
    en: 'Raised your account to level 2',
  },
  'identity.kiosk.signIn': {
    vi: 'Đăng nhập tại ki-ốt bằng mã QR định danh và mã gửi tới điện thoại',
    en: 'Signed in at a kiosk with your identity QR and a code sent to your phone',
  },
  'verification.check.record': {
    vi: 'Kiểm tra danh tính của bạn bằng thẻ căn cước, mã QR định danh hoặc sinh trắc học',
    en: 'Checked your identity by chip card, identity QR or biometrics',
  },
  'exchange.builtin.check': {
    vi: 'Đối chiếu danh tính hoặc thông tin của bạn qua trục liên thông dữ liệu',
    en: 'Checked your identity or facts about you through the data exchange',
  },
  'identity.token.verify': {
    vi: 'Xác minh mã QR định danh của bạn',
    en: 'Verified your identity QR code',
  },
  'identity.links.record': {
    vi: 'Ghi nhận tài khoản thanh toán hoặc chữ ký số gắn với tài khoản của bạn',
    en: 'Recorded a payment account or digital signature linked to your account',
  },
  'documents.document.issue': {
    vi: 'Cấp một giấy tờ vào kho dữ liệu của bạn',
    en: 'Issued a document into your vault',
  },
  'documents.share.open': {
    vi: 'Mở giấy tờ bạn chia sẻ qua đường dẫn',
    en: 'Opened a document you shared by link',
  },
  'identity.staffGrant.create': { vi: 'Giao cho bạn vai trò cán bộ', en: 'Gave you a staff role' },
  'identity.staffGrant.revoke': {
    vi: 'Thu hồi vai trò cán bộ của bạn',
    en: 'Withdrew your staff role',
  },
  'stays.guest.declare': {
    vi: 'Khai báo lưu trú của bạn (đối chiếu Cơ sở dữ liệu quốc gia về dân cư)',
    en: 'Declared your stay (checked against the population registry)',
  },
  'stays.guests.read': {
    vi: 'Đọc khai báo lưu trú của bạn trong danh sách khách đang ở',
    en: 'Read your accommodation declaration in the list of current guests',
  },
  'stays.register.read': {
    vi: 'Đọc khai báo lưu trú của bạn trong sổ lưu trú của cơ sở',
    en: 'Read your accommodation declaration in the establishment’s register',
  },
  'stays.declaration.read': {
    vi: 'Đọc khai báo lưu trú của bạn',
    en: 'Read your accommodation declaration',
  },
  'stays.person.search': { vi: 'Tra cứu các lần lưu trú của bạn', en: 'Looked up your stays' },
  'stays.establishment.decide': {
    vi: 'Xét duyệt cơ sở lưu trú bạn đăng ký',
    en: 'Decided on the establishment you registered',
  },
  'stays.owner.read': {
    vi: 'Xem tên bạn khi xét duyệt cơ sở lưu trú bạn đăng ký',
    en: 'Saw your name while deciding on the establishment you registered',
  },
  'stays.alert.deliver': {
    vi: 'Công an nhận cảnh báo về lần lưu trú của bạn',
    en: 'The police were alerted to your stay',
  },
  'stays.alert.read': {
    vi: 'Nhận cảnh báo về lần lưu trú của bạn',
    en: 'Received an alert about your stay',
  },
  'services.dossier.read': {
    vi: 'Xem hồ sơ dịch vụ công của bạn để giải quyết',
    en: 'Read your public-service dossier to handle it',
  },
  'checkpoints.passage.scan': {
    vi: 'Ghi nhận bạn qua cổng bằng thẻ căn cước hoặc mã QR định danh',
    en: 'Recorded you passing a gate by chip card or identity QR',
  },
  'checkpoints.passage.camera': {
    vi: 'Camera nhận diện ghi nhận bạn qua cổng',
    en: 'A recognition camera recorded you passing a gate',
  },
  'checkpoints.ticket.board': {
    vi: 'Soát vé tàu của bạn tại cổng ga bằng thẻ căn cước hoặc mã QR định danh',
    en: 'Checked your train ticket at the station gate by chip card or identity QR',
  },
}

/** The action in words, Vietnamese and English; undefined for an action not (yet) described. */
export const actionLabel = (action: string): { vi: string; en: string } | undefined =>
  ACTIONS[action]
