import { AppError } from '../../platform/http/errors.js'

const refuse = (code: string, status: number, message: string, details?: unknown): AppError =>
  new AppError(code, { status, message, details })

// Establishments

export const establishmentNotFound = (id: string): AppError =>
  refuse('STAY_ESTABLISHMENT_NOT_FOUND', 404, 'Không có cơ sở này / No such establishment', {
    id,
  })
export const establishmentTypeUnknown = (typeCode: string): AppError =>
  refuse(
    'STAY_ESTABLISHMENT_TYPE_UNKNOWN',
    422,
    'Loại cơ sở không có trong danh mục / Unknown establishment type',
    { typeCode },
  )
export const communeUnknown = (communeCode: string): AppError =>
  refuse(
    'STAY_COMMUNE_UNKNOWN',
    422,
    'Mã xã, phường không phải đơn vị hành chính cấp xã hiện hành / Not a commune in force today',
    { communeCode },
  )
export const ownerLevel2Required = (): AppError =>
  refuse(
    'STAY_OWNER_LEVEL_2_REQUIRED',
    403,
    'Cần tài khoản định danh điện tử mức 2 để đăng ký cơ sở / An eID of level 2 is needed to register an establishment',
  )
export const notEstablishmentOwner = (): AppError =>
  refuse(
    'STAY_NOT_ESTABLISHMENT_OWNER',
    403,
    'Bạn không phải chủ cơ sở này / You do not own this establishment',
  )
export const notEstablishmentStaff = (): AppError =>
  refuse(
    'STAY_NOT_ESTABLISHMENT_STAFF',
    403,
    'Bạn không làm việc cho cơ sở này / You are not staff of this establishment',
  )
export const establishmentAlreadyDecided = (status: string): AppError =>
  refuse(
    'STAY_ESTABLISHMENT_ALREADY_DECIDED',
    409,
    'Cơ sở đã được công an quyết định / The police have already decided on this establishment',
    { status },
  )
export const refusalReasonRequired = (): AppError =>
  refuse('STAY_REFUSAL_REASON_REQUIRED', 422, 'Cần nêu lý do từ chối / A refusal needs a reason')
export const establishmentNotApproved = (status: string): AppError =>
  refuse(
    'STAY_ESTABLISHMENT_NOT_APPROVED',
    409,
    'Cơ sở chưa được công an duyệt / The establishment is not approved by the police',
    { status },
  )

// Watch list and alerts (S3)
export const watchEntryExists = (id: string): AppError =>
  refuse(
    'STAY_WATCH_ENTRY_EXISTS',
    409,
    'Người này đã có trong danh sách theo dõi của đơn vị / This person is already on the unit’s watch list',
    { id },
  )
export const watchEntryNotFound = (id: string): AppError =>
  refuse(
    'STAY_WATCH_ENTRY_NOT_FOUND',
    404,
    'Không có mục theo dõi này / No such watch-list entry',
    {
      id,
    },
  )
export const watchEntryRemoved = (id: string): AppError =>
  refuse(
    'STAY_WATCH_ENTRY_REMOVED',
    409,
    'Mục theo dõi đã được gỡ / The watch-list entry was already removed',
    { id },
  )
export const watchEntryNotPending = (id: string, status: string): AppError =>
  refuse(
    'STAY_WATCH_ENTRY_NOT_PENDING',
    409,
    'Yêu cầu theo dõi đã được xử lý / The listing request was already decided',
    { id, status },
  )
export const watchEntryNotActive = (id: string, status: string): AppError =>
  refuse(
    'STAY_WATCH_ENTRY_NOT_ACTIVE',
    409,
    'Chỉ gia hạn được mục theo dõi đang hiệu lực / Only an active listing can be renewed',
    { id, status },
  )
export const watchExpiryInvalid = (latest: string): AppError =>
  refuse(
    'STAY_WATCH_EXPIRY_INVALID',
    400,
    `Thời hạn theo dõi phải sau thời điểm hiện tại và không quá ${latest} / The expiry must be in the future and no later than ${latest}`,
    { latest },
  )
export const watchApprovalRequired = (): AppError =>
  refuse(
    'STAY_WATCH_APPROVAL_REQUIRED',
    403,
    'Người này ngoài địa bàn của đơn vị: cần Công an tỉnh phê duyệt / The person is outside your units: provincial police must approve',
  )
export const unitUnknown = (unitCode: string): AppError =>
  refuse('STAY_UNIT_UNKNOWN', 422, `Không có đơn vị ${unitCode} / No unit ${unitCode}`, {
    unitCode,
  })
export const alertNotFound = (id: string): AppError =>
  refuse('STAY_ALERT_NOT_FOUND', 404, 'Không có cảnh báo này / No such alert', { id })
export const alertAlreadyAcknowledged = (id: string): AppError =>
  refuse(
    'STAY_ALERT_ALREADY_ACKNOWLEDGED',
    409,
    'Cảnh báo đã được xác nhận / The alert was already acknowledged',
    { id },
  )
export const cursorInvalid = (): AppError =>
  refuse('STAY_CURSOR_INVALID', 400, 'Con trỏ trang không hợp lệ / Invalid page cursor')

// Declarations: a group's failing guest is named by index (`guest`), never by name or number.

export const qrExpired = (guest: number): AppError =>
  refuse(
    'STAY_QR_EXPIRED',
    422,
    'Mã QR định danh đã hết hạn: đề nghị khách mở lại mã trên ứng dụng / The identity QR has expired: ask the guest to show a fresh one',
    { guest },
  )
export const qrInvalid = (guest: number, reason: string): AppError =>
  refuse('STAY_QR_INVALID', 422, 'Mã QR không phải mã định danh hợp lệ / Not a valid identity QR', {
    guest,
    reason,
  })
export const qrReplayed = (guest: number): AppError =>
  refuse(
    'STAY_QR_REPLAYED',
    409,
    'Mã QR định danh này đã được sử dụng / This identity QR was already used',
    { guest },
  )
export const cardQrInvalid = (guest: number, reason: string): AppError =>
  refuse(
    'STAY_CARD_QR_INVALID',
    422,
    'Không đọc được mã QR thẻ căn cước / The card QR cannot be read',
    { guest, reason },
  )
// One answer for every mismatch: telling which field differs would let a desk probe the registry.
export const cardMismatch = (guest: number): AppError =>
  refuse(
    'STAY_CARD_MISMATCH',
    422,
    'Thông tin trên thẻ không khớp với Cơ sở dữ liệu quốc gia về dân cư / The card does not match the population registry',
    { guest },
  )
export const identityMismatch = (guest: number): AppError =>
  refuse(
    'STAY_IDENTITY_MISMATCH',
    422,
    'Số định danh, họ tên, ngày sinh không khớp với Cơ sở dữ liệu quốc gia về dân cư / Number, name and birth date do not match the population registry',
    { guest },
  )
export const personalNumberInvalid = (guest: number, rules: string[]): AppError =>
  refuse(
    'STAY_PERSONAL_NUMBER_INVALID',
    422,
    'Số định danh cá nhân không hợp lệ / Invalid personal identification number',
    { guest, rules },
  )
export const personUnknown = (guest: number): AppError =>
  refuse(
    'STAY_PERSON_UNKNOWN',
    422,
    'Không có người này trong Cơ sở dữ liệu quốc gia về dân cư / No such person in the population registry',
    { guest },
  )
export const personDeceased = (guest: number): AppError =>
  refuse(
    'STAY_PERSON_DECEASED',
    422,
    'Cơ sở dữ liệu dân cư ghi nhận người này đã mất / The registry records this person as deceased',
    { guest },
  )
export const mrzInvalid = (guest: number, reason: string, mrz: unknown): AppError =>
  refuse(
    'STAY_MRZ_INVALID',
    422,
    'Vùng MRZ hộ chiếu không hợp lệ: quét hoặc nhập lại / The passport MRZ is not valid: scan or type it again',
    { guest, reason, mrz: mrz ?? null },
  )
export const passportExpired = (guest: number): AppError =>
  refuse(
    'STAY_PASSPORT_EXPIRED',
    422,
    'Hộ chiếu đã hết hạn vào ngày đến / The passport had expired on the arrival day',
    { guest },
  )
export const entryAfterArrival = (guest: number): AppError =>
  refuse(
    'STAY_ENTRY_AFTER_ARRIVAL',
    422,
    'Ngày nhập cảnh sau ngày đến cơ sở / The entry date is after the arrival',
    { guest },
  )
export const dateInvalid = (guest: number, field: string): AppError =>
  refuse(
    'STAY_DATE_INVALID',
    422,
    'Ngày không hợp lệ (YYYY-MM-DD) / Not a calendar date (YYYY-MM-DD)',
    { guest, field },
  )
export const guestRepeated = (guest: number): AppError =>
  refuse(
    'STAY_GUEST_REPEATED',
    422,
    'Một người được khai hai lần trong cùng lượt / The same person appears twice in one declaration',
    { guest },
  )
export const companionInvalid = (guest: number): AppError =>
  refuse(
    'STAY_COMPANION_INVALID',
    422,
    'Người đi cùng phải là một người thành niên khác trong cùng đoàn / The accompanying guest must be another adult of the same group',
    { guest },
  )
export const alreadyCheckedIn = (guest: number): AppError =>
  refuse(
    'STAY_ALREADY_CHECKED_IN',
    409,
    'Khách đang lưu trú tại cơ sở này, chưa trả phòng / The guest is staying here already and has not checked out',
    { guest },
  )
export const establishmentFull = (capacity: number, occupied: number): AppError =>
  refuse(
    'STAY_ESTABLISHMENT_FULL',
    409,
    'Cơ sở đã hết chỗ theo sức chứa đăng ký / The establishment is full for its registered capacity',
    { capacity, occupied },
  )
export const arrivalInFuture = (): AppError =>
  refuse(
    'STAY_ARRIVAL_IN_FUTURE',
    422,
    'Thời điểm đến ở tương lai / The arrival time is in the future',
    { field: 'arrivalAt' },
  )
export const departureBeforeArrival = (field: string): AppError =>
  refuse(
    'STAY_DEPARTURE_BEFORE_ARRIVAL',
    422,
    'Thời điểm đi phải sau thời điểm đến / The departure must be after the arrival',
    { field },
  )
export const checkoutBeforeArrival = (): AppError =>
  refuse(
    'STAY_CHECKOUT_BEFORE_ARRIVAL',
    422,
    'Thời điểm trả phòng trước thời điểm đến / The check-out is before the arrival',
    { field: 'departedAt' },
  )
export const departureInFuture = (): AppError =>
  refuse(
    'STAY_DEPARTURE_IN_FUTURE',
    422,
    'Thời điểm trả phòng ở tương lai / The check-out time is in the future',
    { field: 'departedAt' },
  )
export const alreadyCheckedOut = (): AppError =>
  refuse('STAY_ALREADY_CHECKED_OUT', 409, 'Khách đã trả phòng / The guest has already checked out')
export const declarationNotFound = (): AppError =>
  refuse('STAY_DECLARATION_NOT_FOUND', 404, 'Không có khai báo này / No such declaration')
export const nameNotCorrectable = (): AppError =>
  refuse(
    'STAY_NAME_NOT_CORRECTABLE',
    422,
    'Họ tên công dân lấy từ Cơ sở dữ liệu dân cư, không sửa tại đây / A citizen’s name comes from the registry and is not corrected here',
    { field: 'fullName' },
  )
export const correctionEmpty = (): AppError =>
  refuse('STAY_CORRECTION_EMPTY', 422, 'Không có gì để sửa / The correction changes nothing')
export const idempotencyKeyRequired = (): AppError =>
  refuse(
    'STAY_IDEMPOTENCY_KEY_REQUIRED',
    400,
    'Thiếu tiêu đề Idempotency-Key / The Idempotency-Key header is required',
  )
export const idempotencyKeyInvalid = (): AppError =>
  refuse(
    'STAY_IDEMPOTENCY_KEY_INVALID',
    400,
    'Idempotency-Key phải gồm 1-200 ký tự ASCII in được / The Idempotency-Key must be 1-200 printable ASCII characters',
  )
export const idempotencyKeyReused = (): AppError =>
  refuse(
    'STAY_IDEMPOTENCY_KEY_REUSED',
    422,
    'Idempotency-Key này đã dùng cho một yêu cầu khác / This Idempotency-Key was used for a different request',
  )

// Police view (S2b)
export const periodInvalid = (from: string, to: string): AppError =>
  refuse(
    'STAY_PERIOD_INVALID',
    422,
    'Ngày kết thúc trước ngày bắt đầu / The period ends before it starts',
    { from, to },
  )
export const provincialPoliceOnly = (): AppError =>
  refuse(
    'STAY_PROVINCIAL_POLICE_ONLY',
    403,
    'Chỉ công an cấp tỉnh tra cứu lưu trú của một người trên toàn tỉnh / Only the provincial police search a person’s stays across the province',
  )

// Coach trips (model 12) and rooming lists (S3)
export const notACoachOperator = (typeCode: string): AppError =>
  refuse(
    'STAY_NOT_A_COACH_OPERATOR',
    422,
    'Chỉ nhà xe (sức chứa tính theo ghế) mới tạo chuyến / Only a coach operator (capacity in seats) creates trips',
    { typeCode },
  )
export const tripPlateInvalid = (): AppError =>
  refuse(
    'STAY_TRIP_PLATE_INVALID',
    422,
    'Biển số xe không đúng định dạng (ví dụ 60B-123.45) / Not a Vietnamese plate (e.g. 60B-123.45)',
  )
export const tripArrivalBeforeDeparture = (): AppError =>
  refuse(
    'STAY_TRIP_ARRIVAL_BEFORE_DEPARTURE',
    422,
    'Giờ đến phải sau giờ khởi hành / The arrival must come after the departure',
  )
export const tripNotFound = (id: string): AppError =>
  refuse('STAY_TRIP_NOT_FOUND', 404, 'Không có chuyến xe này / No such trip', { id })
export const tripEnded = (id: string): AppError =>
  refuse(
    'STAY_TRIP_ENDED',
    409,
    'Chuyến xe đã đến nơi, không nhận thêm khách / The trip has arrived: no more passengers',
    { id },
  )
export const tripFull = (seats: number, taken: number): AppError =>
  refuse('STAY_TRIP_FULL', 409, 'Chuyến xe đã hết ghế / The trip is full', { seats, taken })
export const tripSeatTaken = (guest: number, seat: string): AppError =>
  refuse('STAY_TRIP_SEAT_TAKEN', 409, `Ghế ${seat} đã có khách / Seat ${seat} is taken`, {
    guest,
    seat,
  })
export const roomingListFormat = (): AppError =>
  refuse(
    'STAY_ROOMING_LIST_FORMAT',
    415,
    'Danh sách khách phải là tệp CSV (text/csv) hoặc XLSX / A rooming list is a CSV (text/csv) or XLSX file',
  )
export const roomingListUnreadable = (format: string): AppError =>
  refuse(
    'STAY_ROOMING_LIST_UNREADABLE',
    400,
    `Không đọc được tệp ${format.toUpperCase()} / The ${format.toUpperCase()} file cannot be read`,
    { format },
  )
/** How a rooming list's column is headed, in each language (the file's own header in both). */
export interface HeaderName {
  vi: string
  en: string
}
const quoted = (names: HeaderName[], language: keyof HeaderName): string =>
  names.map((n) => `"${n[language]}"`).join(', ')

export const roomingListColumns = (missing: string[], names: HeaderName[]): AppError =>
  refuse(
    'STAY_ROOMING_LIST_COLUMNS',
    400,
    `Dòng tiêu đề thiếu cột bắt buộc: ${quoted(names, 'vi')} / The header row lacks required columns: ${quoted(names, 'en')}`,
    { missing },
  )
export const roomingListEmpty = (): AppError =>
  refuse('STAY_ROOMING_LIST_EMPTY', 400, 'Danh sách không có khách nào / The list has no guests')
export const roomingListTooLong = (max: number): AppError =>
  refuse(
    'STAY_ROOMING_LIST_TOO_LONG',
    413,
    `Tối đa ${max} khách mỗi lần nhập / At most ${max} guests per import`,
    { max },
  )
// Row refusals name the column as the file heads it (its internal key in the details), never
// the value: a row holds personal data.
export const rowBadDate = (column: string, name: HeaderName): AppError =>
  refuse(
    'STAY_ROW_BAD_DATE',
    422,
    `Cột ${quoted([name], 'vi')}: ngày không hợp lệ (DD/MM/YYYY, kèm giờ HH:mm cho giờ đến, giờ đi) / Column ${quoted([name], 'en')}: not a date (DD/MM/YYYY, with HH:mm for arrival and departure)`,
    { column },
  )
export const rowIncomplete = (columns: string[], names: HeaderName[]): AppError =>
  refuse(
    'STAY_ROW_INCOMPLETE',
    422,
    `Thiếu thông tin ở cột: ${quoted(names, 'vi')} / Missing: ${quoted(names, 'en')}`,
    { columns },
  )
export const rowInvalid = (column: string, name: HeaderName): AppError =>
  refuse(
    'STAY_ROW_INVALID',
    422,
    `Cột ${quoted([name], 'vi')}: giá trị không hợp lệ / Column ${quoted([name], 'en')}: invalid value`,
    { column },
  )
