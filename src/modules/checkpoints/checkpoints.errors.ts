import { defineErrors } from '../../platform/http/errors.js'

/** Checkpoints and tickets: each code once, with its HTTP status and message. */
export const checkpointsErrors = defineErrors('CHECKPOINTS', {
  UNIT_UNKNOWN: {
    status: 422,
    vi: 'Mã xã, phường không có hoặc không còn hiệu lực',
    en: 'Unknown or abolished commune code',
  },
  OPERATOR_NOT_FOUND: {
    status: 404,
    vi: 'Không có đơn vị vận hành này',
    en: 'No such operator',
  },
  SITE_NOT_FOUND: { status: 404, vi: 'Không có điểm kiểm soát này', en: 'No such site' },
  NOT_YOUR_SITE: {
    status: 403,
    vi: 'Điểm kiểm soát này không thuộc đơn vị hoặc địa bàn của tài khoản',
    en: 'This site is not run by your operator nor in your units',
  },
  GATE_NOT_FOUND: {
    status: 404,
    vi: 'Cổng không thuộc điểm kiểm soát này',
    en: 'No such gate at this site',
  },
  NO_OPERATOR: {
    status: 403,
    vi: 'Tài khoản chưa được gắn với đơn vị vận hành nào',
    en: 'The account is bound to no operator',
  },
  NOT_INDUSTRIAL_PARK: {
    status: 422,
    vi: 'Chỉ khu công nghiệp mới có danh sách người lao động',
    en: 'Only industrial parks keep a list of workers',
  },
  PERSONAL_NUMBER_INVALID: {
    status: 422,
    vi: 'Số định danh cá nhân không hợp lệ',
    en: 'Invalid personal number',
  },
  IDENTITY_MISMATCH: {
    status: 422,
    vi: 'Thông tin trên mã không khớp với cơ sở dữ liệu dân cư: không ghi nhận lượt qua cổng',
    en: 'The code does not match the population registry: no passage recorded',
  },
  PERIOD_INVALID: {
    status: 422,
    vi: 'Khoảng ngày không hợp lệ (từ ngày phải trước đến ngày, tối đa 62 ngày)',
    en: 'Invalid period (from must not be after to; at most 62 days)',
  },
  KEY_INVALID: {
    status: 422,
    vi: 'Khóa công khai không hợp lệ (cần khóa EC P-256 dạng JWK)',
    en: 'Invalid public key (an EC P-256 JWK is needed)',
  },
  BATCH_UNREADABLE: {
    status: 400,
    vi: 'Không đọc được lô sự kiện (cần chuỗi JWS dạng rút gọn)',
    en: 'Unreadable batch (a compact JWS is needed)',
  },
  BATCH_SIGNATURE: {
    status: 401,
    vi: 'Chữ ký của lô sự kiện không khớp với khóa camera nào đã đăng ký cho điểm này',
    en: 'The batch signature matches no camera key registered for this site',
  },
  BATCH_INVALID: {
    status: 422,
    vi: 'Nội dung lô sự kiện không hợp lệ',
    en: 'The batch content is not valid',
  },
  BATCH_DUPLICATE_ID: {
    status: 422,
    vi: 'Một mã sự kiện xuất hiện hai lần trong cùng một lô',
    en: 'An event id appears twice in the same batch',
  },
  TRIP_FULL: {
    status: 409,
    vi: 'Chuyến đã bán hết chỗ: không phát hành vé nào trong yêu cầu này',
    en: 'The trip is full: no ticket of this request was issued',
  },
  NOT_RAILWAY_STATION: {
    status: 422,
    vi: 'Điểm đi và điểm đến của chuyến tàu phải là ga đường sắt',
    en: 'A train trip runs from a railway station to a railway station',
  },
  TRAIN_TRIP_INVALID: {
    status: 422,
    vi: 'Chuyến tàu không hợp lệ (ga đến phải khác ga đi, giờ khởi hành phải là thời điểm hợp lệ)',
    en: 'Invalid train trip (the stations must differ and the departure be a valid instant)',
  },
  TRAIN_TRIP_NOT_FOUND: { status: 404, vi: 'Không có chuyến tàu này', en: 'No such train trip' },
  NOT_YOUR_TRIP: {
    status: 403,
    vi: 'Chuyến tàu này không do đơn vị vận hành của tài khoản khai thác',
    en: 'This train trip is not run by your operator',
  },
  NO_TICKET: {
    status: 404,
    vi: 'Hành khách không có vé cho chuyến này',
    en: 'The passenger holds no ticket for this trip',
  },
  TICKET_OTHER_TRIP: {
    status: 409,
    vi: 'Vé của hành khách là cho chuyến khác',
    en: 'The passenger’s ticket is for another trip',
  },
  ALREADY_BOARDED: {
    status: 409,
    vi: 'Hành khách đã lên xe với vé này',
    en: 'The passenger already boarded with this ticket',
  },
})
