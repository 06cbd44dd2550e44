import { defineErrors, type AppError } from '../../platform/http/errors.js'

// Establishments

// Declarations: a group's failing guest is named by index (`guest`), never by name or number.

/** How a rooming list's column is headed, in each language (the file's own header in both). */
export interface HeaderName {
  vi: string
  en: string
}
const quoted = (names: HeaderName[], language: keyof HeaderName): string =>
  names.map((n) => `"${n[language]}"`).join(', ')

/** The stay module's error codes: each once, with its HTTP status and message. */
export const staysErrors = defineErrors('STAY', {
  ESTABLISHMENT_NOT_FOUND: {
    status: 404,
    vi: 'Không có cơ sở này',
    en: 'No such establishment',
  },
  ESTABLISHMENT_TYPE_UNKNOWN: {
    status: 422,
    vi: 'Loại cơ sở không có trong danh mục',
    en: 'Unknown establishment type',
  },
  COMMUNE_UNKNOWN: {
    status: 422,
    vi: 'Mã xã, phường không phải đơn vị hành chính cấp xã hiện hành',
    en: 'Not a commune in force today',
  },
  OWNER_LEVEL_2_REQUIRED: {
    status: 403,
    vi: 'Cần tài khoản định danh điện tử mức 2 để đăng ký cơ sở',
    en: 'An eID of level 2 is needed to register an establishment',
  },
  NOT_ESTABLISHMENT_OWNER: {
    status: 403,
    vi: 'Bạn không phải chủ cơ sở này',
    en: 'You do not own this establishment',
  },
  NOT_ESTABLISHMENT_STAFF: {
    status: 403,
    vi: 'Bạn không làm việc cho cơ sở này',
    en: 'You are not staff of this establishment',
  },
  ESTABLISHMENT_ALREADY_DECIDED: {
    status: 409,
    vi: 'Cơ sở đã được công an quyết định',
    en: 'The police have already decided on this establishment',
  },
  REFUSAL_REASON_REQUIRED: {
    status: 422,
    vi: 'Cần nêu lý do từ chối',
    en: 'A refusal needs a reason',
  },
  ESTABLISHMENT_NOT_APPROVED: {
    status: 409,
    vi: 'Cơ sở chưa được công an duyệt',
    en: 'The establishment is not approved by the police',
  },
  WATCH_ENTRY_EXISTS: {
    status: 409,
    vi: 'Người này đã có trong danh sách theo dõi của đơn vị',
    en: 'This person is already on the unit’s watch list',
  },
  WATCH_ENTRY_NOT_FOUND: {
    status: 404,
    vi: 'Không có mục theo dõi này',
    en: 'No such watch-list entry',
  },
  WATCH_ENTRY_REMOVED: {
    status: 409,
    vi: 'Mục theo dõi đã được gỡ',
    en: 'The watch-list entry was already removed',
  },
  WATCH_ENTRY_NOT_PENDING: {
    status: 409,
    vi: 'Yêu cầu theo dõi đã được xử lý',
    en: 'The listing request was already decided',
  },
  WATCH_ENTRY_NOT_ACTIVE: {
    status: 409,
    vi: 'Chỉ gia hạn được mục theo dõi đang hiệu lực',
    en: 'Only an active listing can be renewed',
  },
  WATCH_EXPIRY_INVALID: {
    status: 400,
    vi: (p: { latest: string }) =>
      `Thời hạn theo dõi phải sau thời điểm hiện tại và không quá ${p.latest}`,
    en: (p: { latest: string }) => `The expiry must be in the future and no later than ${p.latest}`,
  },
  WATCH_APPROVAL_REQUIRED: {
    status: 403,
    vi: 'Người này ngoài địa bàn của đơn vị: cần Công an tỉnh phê duyệt',
    en: 'The person is outside your units: provincial police must approve',
  },
  UNIT_UNKNOWN: {
    status: 422,
    vi: (p: { unitCode: string }) => `Không có đơn vị ${p.unitCode}`,
    en: (p: { unitCode: string }) => `No unit ${p.unitCode}`,
  },
  ALERT_NOT_FOUND: {
    status: 404,
    vi: 'Không có cảnh báo này',
    en: 'No such alert',
  },
  ALERT_ALREADY_ACKNOWLEDGED: {
    status: 409,
    vi: 'Cảnh báo đã được xác nhận',
    en: 'The alert was already acknowledged',
  },
  CURSOR_INVALID: {
    status: 400,
    vi: 'Con trỏ trang không hợp lệ',
    en: 'Invalid page cursor',
  },
  QR_EXPIRED: {
    status: 422,
    vi: 'Mã QR định danh đã hết hạn: đề nghị khách mở lại mã trên ứng dụng',
    en: 'The identity QR has expired: ask the guest to show a fresh one',
  },
  QR_INVALID: {
    status: 422,
    vi: 'Mã QR không phải mã định danh hợp lệ',
    en: 'Not a valid identity QR',
  },
  QR_REPLAYED: {
    status: 409,
    vi: 'Mã QR định danh này đã được sử dụng',
    en: 'This identity QR was already used',
  },
  CARD_QR_INVALID: {
    status: 422,
    vi: 'Không đọc được mã QR thẻ căn cước',
    en: 'The card QR cannot be read',
  },
  CARD_MISMATCH: {
    status: 422,
    vi: 'Thông tin trên thẻ không khớp với Cơ sở dữ liệu quốc gia về dân cư',
    en: 'The card does not match the population registry',
  },
  IDENTITY_MISMATCH: {
    status: 422,
    vi: 'Số định danh, họ tên, ngày sinh không khớp với Cơ sở dữ liệu quốc gia về dân cư',
    en: 'Number, name and birth date do not match the population registry',
  },
  PERSONAL_NUMBER_INVALID: {
    status: 422,
    vi: 'Số định danh cá nhân không hợp lệ',
    en: 'Invalid personal identification number',
  },
  PERSON_UNKNOWN: {
    status: 422,
    vi: 'Không có người này trong Cơ sở dữ liệu quốc gia về dân cư',
    en: 'No such person in the population registry',
  },
  PERSON_DECEASED: {
    status: 422,
    vi: 'Cơ sở dữ liệu dân cư ghi nhận người này đã mất',
    en: 'The registry records this person as deceased',
  },
  MRZ_INVALID: {
    status: 422,
    vi: 'Vùng MRZ hộ chiếu không hợp lệ: quét hoặc nhập lại',
    en: 'The passport MRZ is not valid: scan or type it again',
  },
  PASSPORT_EXPIRED: {
    status: 422,
    vi: 'Hộ chiếu đã hết hạn vào ngày đến',
    en: 'The passport had expired on the arrival day',
  },
  ENTRY_AFTER_ARRIVAL: {
    status: 422,
    vi: 'Ngày nhập cảnh sau ngày đến cơ sở',
    en: 'The entry date is after the arrival',
  },
  DATE_INVALID: {
    status: 422,
    vi: 'Ngày không hợp lệ (YYYY-MM-DD)',
    en: 'Not a calendar date (YYYY-MM-DD)',
  },
  GUEST_REPEATED: {
    status: 422,
    vi: 'Một người được khai hai lần trong cùng lượt',
    en: 'The same person appears twice in one declaration',
  },
  COMPANION_INVALID: {
    status: 422,
    vi: 'Người đi cùng phải là một người thành niên khác trong cùng đoàn',
    en: 'The accompanying guest must be another adult of the same group',
  },
  ALREADY_CHECKED_IN: {
    status: 409,
    vi: 'Khách đang lưu trú tại cơ sở này, chưa trả phòng',
    en: 'The guest is staying here already and has not checked out',
  },
  ESTABLISHMENT_FULL: {
    status: 409,
    vi: 'Cơ sở đã hết chỗ theo sức chứa đăng ký',
    en: 'The establishment is full for its registered capacity',
  },
  ARRIVAL_IN_FUTURE: {
    status: 422,
    vi: 'Thời điểm đến ở tương lai',
    en: 'The arrival time is in the future',
  },
  DEPARTURE_BEFORE_ARRIVAL: {
    status: 422,
    vi: 'Thời điểm đi phải sau thời điểm đến',
    en: 'The departure must be after the arrival',
  },
  CHECKOUT_BEFORE_ARRIVAL: {
    status: 422,
    vi: 'Thời điểm trả phòng trước thời điểm đến',
    en: 'The check-out is before the arrival',
  },
  DEPARTURE_IN_FUTURE: {
    status: 422,
    vi: 'Thời điểm trả phòng ở tương lai',
    en: 'The check-out time is in the future',
  },
  ALREADY_CHECKED_OUT: {
    status: 409,
    vi: 'Khách đã trả phòng',
    en: 'The guest has already checked out',
  },
  DECLARATION_NOT_FOUND: {
    status: 404,
    vi: 'Không có khai báo này',
    en: 'No such declaration',
  },
  NAME_NOT_CORRECTABLE: {
    status: 422,
    vi: 'Họ tên công dân lấy từ Cơ sở dữ liệu dân cư, không sửa tại đây',
    en: 'A citizen’s name comes from the registry and is not corrected here',
  },
  CORRECTION_EMPTY: {
    status: 422,
    vi: 'Không có gì để sửa',
    en: 'The correction changes nothing',
  },
  IDEMPOTENCY_KEY_REQUIRED: {
    status: 400,
    vi: 'Thiếu tiêu đề Idempotency-Key',
    en: 'The Idempotency-Key header is required',
  },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    vi: 'Idempotency-Key phải gồm 1-200 ký tự ASCII in được',
    en: 'The Idempotency-Key must be 1-200 printable ASCII characters',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    vi: 'Idempotency-Key này đã dùng cho một yêu cầu khác',
    en: 'This Idempotency-Key was used for a different request',
  },
  PERIOD_INVALID: {
    status: 422,
    vi: 'Ngày kết thúc trước ngày bắt đầu',
    en: 'The period ends before it starts',
  },
  PROVINCIAL_POLICE_ONLY: {
    status: 403,
    vi: 'Chỉ công an cấp tỉnh tra cứu lưu trú của một người trên toàn tỉnh',
    en: 'Only the provincial police search a person’s stays across the province',
  },
  NOT_A_COACH_OPERATOR: {
    status: 422,
    vi: 'Chỉ nhà xe (sức chứa tính theo ghế) mới tạo chuyến',
    en: 'Only a coach operator (capacity in seats) creates trips',
  },
  TRIP_PLATE_INVALID: {
    status: 422,
    vi: 'Biển số xe không đúng định dạng (ví dụ 60B-123.45)',
    en: 'Not a Vietnamese plate (e.g. 60B-123.45)',
  },
  TRIP_ARRIVAL_BEFORE_DEPARTURE: {
    status: 422,
    vi: 'Giờ đến phải sau giờ khởi hành',
    en: 'The arrival must come after the departure',
  },
  TRIP_NOT_FOUND: {
    status: 404,
    vi: 'Không có chuyến xe này',
    en: 'No such trip',
  },
  TRIP_ENDED: {
    status: 409,
    vi: 'Chuyến xe đã đến nơi, không nhận thêm khách',
    en: 'The trip has arrived: no more passengers',
  },
  TRIP_FULL: {
    status: 409,
    vi: 'Chuyến xe đã hết ghế',
    en: 'The trip is full',
  },
  TRIP_SEAT_TAKEN: {
    status: 409,
    vi: (p: { seat: string }) => `Ghế ${p.seat} đã có khách`,
    en: (p: { seat: string }) => `Seat ${p.seat} is taken`,
  },
  ROOMING_LIST_FORMAT: {
    status: 415,
    vi: 'Danh sách khách phải là tệp CSV (text/csv) hoặc XLSX',
    en: 'A rooming list is a CSV (text/csv) or XLSX file',
  },
  ROOMING_LIST_UNREADABLE: {
    status: 400,
    vi: (p: { format: string }) => `Không đọc được tệp ${p.format.toUpperCase()}`,
    en: (p: { format: string }) => `The ${p.format.toUpperCase()} file cannot be read`,
  },
  ROOMING_LIST_COLUMNS: {
    status: 400,
    vi: (p: { names: HeaderName[] }) => `Dòng tiêu đề thiếu cột bắt buộc: ${quoted(p.names, 'vi')}`,
    en: (p: { names: HeaderName[] }) =>
      `The header row lacks required columns: ${quoted(p.names, 'en')}`,
  },
  ROOMING_LIST_EMPTY: {
    status: 400,
    vi: 'Danh sách không có khách nào',
    en: 'The list has no guests',
  },
  ROOMING_LIST_TOO_LONG: {
    status: 413,
    vi: (p: { max: number }) => `Tối đa ${p.max} khách mỗi lần nhập`,
    en: (p: { max: number }) => `At most ${p.max} guests per import`,
  },
  ROW_BAD_DATE: {
    status: 422,
    vi: (p: { name: HeaderName }) =>
      `Cột ${quoted([p.name], 'vi')}: ngày không hợp lệ (DD/MM/YYYY, kèm giờ HH:mm cho giờ đến, giờ đi)`,
    en: (p: { name: HeaderName }) =>
      `Column ${quoted([p.name], 'en')}: not a date (DD/MM/YYYY, with HH:mm for arrival and departure)`,
  },
  ROW_INCOMPLETE: {
    status: 422,
    vi: (p: { names: HeaderName[] }) => `Thiếu thông tin ở cột: ${quoted(p.names, 'vi')}`,
    en: (p: { names: HeaderName[] }) => `Missing: ${quoted(p.names, 'en')}`,
  },
  ROW_INVALID: {
    status: 422,
    vi: (p: { name: HeaderName }) => `Cột ${quoted([p.name], 'vi')}: giá trị không hợp lệ`,
    en: (p: { name: HeaderName }) => `Column ${quoted([p.name], 'en')}: invalid value`,
  },
})

export const establishmentNotFound = (id: string): AppError =>
  staysErrors.refuse('ESTABLISHMENT_NOT_FOUND', { id })
export const establishmentTypeUnknown = (typeCode: string): AppError =>
  staysErrors.refuse('ESTABLISHMENT_TYPE_UNKNOWN', { typeCode })
export const communeUnknown = (communeCode: string): AppError =>
  staysErrors.refuse('COMMUNE_UNKNOWN', { communeCode })
export const ownerLevel2Required = (): AppError => staysErrors.refuse('OWNER_LEVEL_2_REQUIRED')
export const notEstablishmentOwner = (): AppError => staysErrors.refuse('NOT_ESTABLISHMENT_OWNER')
export const notEstablishmentStaff = (): AppError => staysErrors.refuse('NOT_ESTABLISHMENT_STAFF')
export const establishmentAlreadyDecided = (status: string): AppError =>
  staysErrors.refuse('ESTABLISHMENT_ALREADY_DECIDED', { status })
export const refusalReasonRequired = (): AppError => staysErrors.refuse('REFUSAL_REASON_REQUIRED')
export const establishmentNotApproved = (status: string): AppError =>
  staysErrors.refuse('ESTABLISHMENT_NOT_APPROVED', { status })
// Watch list and alerts (S3)
export const watchEntryExists = (id: string): AppError =>
  staysErrors.refuse('WATCH_ENTRY_EXISTS', { id })
export const watchEntryNotFound = (id: string): AppError =>
  staysErrors.refuse('WATCH_ENTRY_NOT_FOUND', { id })
export const watchEntryRemoved = (id: string): AppError =>
  staysErrors.refuse('WATCH_ENTRY_REMOVED', { id })
export const watchEntryNotPending = (id: string, status: string): AppError =>
  staysErrors.refuse('WATCH_ENTRY_NOT_PENDING', { id, status })
export const watchEntryNotActive = (id: string, status: string): AppError =>
  staysErrors.refuse('WATCH_ENTRY_NOT_ACTIVE', { id, status })
export const watchExpiryInvalid = (latest: string): AppError =>
  staysErrors.refuse('WATCH_EXPIRY_INVALID', { latest })
export const watchApprovalRequired = (): AppError => staysErrors.refuse('WATCH_APPROVAL_REQUIRED')
export const unitUnknown = (unitCode: string): AppError =>
  staysErrors.refuse('UNIT_UNKNOWN', { unitCode }, { unitCode })
export const alertNotFound = (id: string): AppError => staysErrors.refuse('ALERT_NOT_FOUND', { id })
export const alertAlreadyAcknowledged = (id: string): AppError =>
  staysErrors.refuse('ALERT_ALREADY_ACKNOWLEDGED', { id })
export const cursorInvalid = (): AppError => staysErrors.refuse('CURSOR_INVALID')
export const qrExpired = (guest: number): AppError => staysErrors.refuse('QR_EXPIRED', { guest })
export const qrInvalid = (guest: number, reason: string): AppError =>
  staysErrors.refuse('QR_INVALID', { guest, reason })
export const qrReplayed = (guest: number): AppError => staysErrors.refuse('QR_REPLAYED', { guest })
export const cardQrInvalid = (guest: number, reason: string): AppError =>
  staysErrors.refuse('CARD_QR_INVALID', { guest, reason })
// One answer for every mismatch: telling which field differs would let a desk probe the registry.
export const cardMismatch = (guest: number): AppError =>
  staysErrors.refuse('CARD_MISMATCH', { guest })
export const identityMismatch = (guest: number): AppError =>
  staysErrors.refuse('IDENTITY_MISMATCH', { guest })
export const personalNumberInvalid = (guest: number, rules: string[]): AppError =>
  staysErrors.refuse('PERSONAL_NUMBER_INVALID', { guest, rules })
export const personUnknown = (guest: number): AppError =>
  staysErrors.refuse('PERSON_UNKNOWN', { guest })
export const personDeceased = (guest: number): AppError =>
  staysErrors.refuse('PERSON_DECEASED', { guest })
export const mrzInvalid = (guest: number, reason: string, mrz: unknown): AppError =>
  staysErrors.refuse('MRZ_INVALID', { guest, reason, mrz: mrz ?? null })
export const passportExpired = (guest: number): AppError =>
  staysErrors.refuse('PASSPORT_EXPIRED', { guest })
export const entryAfterArrival = (guest: number): AppError =>
  staysErrors.refuse('ENTRY_AFTER_ARRIVAL', { guest })
export const dateInvalid = (guest: number, field: string): AppError =>
  staysErrors.refuse('DATE_INVALID', { guest, field })
export const guestRepeated = (guest: number): AppError =>
  staysErrors.refuse('GUEST_REPEATED', { guest })
export const companionInvalid = (guest: number): AppError =>
  staysErrors.refuse('COMPANION_INVALID', { guest })
export const alreadyCheckedIn = (guest: number): AppError =>
  staysErrors.refuse('ALREADY_CHECKED_IN', { guest })
export const establishmentFull = (capacity: number, occupied: number): AppError =>
  staysErrors.refuse('ESTABLISHMENT_FULL', { capacity, occupied })
export const arrivalInFuture = (): AppError =>
  staysErrors.refuse('ARRIVAL_IN_FUTURE', { field: 'arrivalAt' })
export const departureBeforeArrival = (field: string): AppError =>
  staysErrors.refuse('DEPARTURE_BEFORE_ARRIVAL', { field })
export const checkoutBeforeArrival = (): AppError =>
  staysErrors.refuse('CHECKOUT_BEFORE_ARRIVAL', { field: 'departedAt' })
export const departureInFuture = (): AppError =>
  staysErrors.refuse('DEPARTURE_IN_FUTURE', { field: 'departedAt' })
export const alreadyCheckedOut = (): AppError => staysErrors.refuse('ALREADY_CHECKED_OUT')
export const declarationNotFound = (): AppError => staysErrors.refuse('DECLARATION_NOT_FOUND')
export const nameNotCorrectable = (): AppError =>
  staysErrors.refuse('NAME_NOT_CORRECTABLE', { field: 'fullName' })
export const correctionEmpty = (): AppError => staysErrors.refuse('CORRECTION_EMPTY')
export const idempotencyKeyRequired = (): AppError => staysErrors.refuse('IDEMPOTENCY_KEY_REQUIRED')
export const idempotencyKeyInvalid = (): AppError => staysErrors.refuse('IDEMPOTENCY_KEY_INVALID')
export const idempotencyKeyReused = (): AppError => staysErrors.refuse('IDEMPOTENCY_KEY_REUSED')
// Police view (S2b)
export const periodInvalid = (from: string, to: string): AppError =>
  staysErrors.refuse('PERIOD_INVALID', { from, to })
export const provincialPoliceOnly = (): AppError => staysErrors.refuse('PROVINCIAL_POLICE_ONLY')
// Coach trips (model 12) and rooming lists (S3)
export const notACoachOperator = (typeCode: string): AppError =>
  staysErrors.refuse('NOT_A_COACH_OPERATOR', { typeCode })
export const tripPlateInvalid = (): AppError => staysErrors.refuse('TRIP_PLATE_INVALID')
export const tripArrivalBeforeDeparture = (): AppError =>
  staysErrors.refuse('TRIP_ARRIVAL_BEFORE_DEPARTURE')
export const tripNotFound = (id: string): AppError => staysErrors.refuse('TRIP_NOT_FOUND', { id })
export const tripEnded = (id: string): AppError => staysErrors.refuse('TRIP_ENDED', { id })
export const tripFull = (seats: number, taken: number): AppError =>
  staysErrors.refuse('TRIP_FULL', { seats, taken })
export const tripSeatTaken = (guest: number, seat: string): AppError =>
  staysErrors.refuse('TRIP_SEAT_TAKEN', { seat }, { guest, seat })
export const roomingListFormat = (): AppError => staysErrors.refuse('ROOMING_LIST_FORMAT')
export const roomingListUnreadable = (format: string): AppError =>
  staysErrors.refuse('ROOMING_LIST_UNREADABLE', { format })
export const roomingListColumns = (missing: string[], names: HeaderName[]): AppError =>
  staysErrors.refuse('ROOMING_LIST_COLUMNS', { names }, { missing })
export const roomingListEmpty = (): AppError => staysErrors.refuse('ROOMING_LIST_EMPTY')
export const roomingListTooLong = (max: number): AppError =>
  staysErrors.refuse('ROOMING_LIST_TOO_LONG', { max })
// Row refusals name the column as the file heads it (its internal key in the details), never
// the value: a row holds personal data.
export const rowBadDate = (column: string, name: HeaderName): AppError =>
  staysErrors.refuse('ROW_BAD_DATE', { name }, { column })
export const rowIncomplete = (columns: string[], names: HeaderName[]): AppError =>
  staysErrors.refuse('ROW_INCOMPLETE', { names }, { columns })
export const rowInvalid = (column: string, name: HeaderName): AppError =>
  staysErrors.refuse('ROW_INVALID', { name }, { column })
