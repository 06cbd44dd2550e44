import type { PresentationRefusal } from '../../../platform/crypto/sd-jwt.js'
import { defineErrors } from '../../../platform/http/errors.js'

/**
 * Why a credential is not issued or a presentation not accepted. Nothing personal in any message:
 * a refused presentation may belong to someone other than the person holding the phone.
 */
export const credentialErrors = defineErrors('CREDENTIAL', {
  HOLDER_KEY: {
    status: 422,
    vi: 'Khoá công khai của thiết bị không hợp lệ (cần khoá EC P-256)',
    en: "The device's public key is not valid (an EC P-256 key is needed)",
  },
  NOT_A_RESIDENT: {
    status: 403,
    vi: 'Chỉ công dân có trong Cơ sở dữ liệu quốc gia về dân cư mới nhận được thẻ định danh số',
    en: 'Only residents in the population database can receive an identity credential',
  },
  DOCUMENT_NOT_VERIFIED: {
    status: 422,
    vi: 'Chỉ giấy tờ do cơ quan cấp hoặc đã chứng thực mới trình được dưới dạng thẻ số',
    en: 'Only documents issued by an agency or certified can be presented as a credential',
  },
  MALFORMED: {
    status: 422,
    vi: 'Không đọc được: đây không phải một bản trình thẻ số',
    en: 'Unreadable: this is not a credential presentation',
  },
  TYPE: {
    status: 422,
    vi: 'Loại thẻ số này không được chấp nhận ở đây',
    en: 'This kind of credential is not accepted here',
  },
  UNKNOWN_KEY: {
    status: 422,
    vi: 'Thẻ được ký bằng khoá không có trong danh sách khoá đã công bố',
    en: 'The credential is signed with a key that is not published',
  },
  SIGNATURE: {
    status: 422,
    vi: 'Chữ ký của cơ quan cấp không hợp lệ: thẻ có thể bị sửa hoặc giả',
    en: "The issuer's signature is not valid: the credential may be altered or forged",
  },
  WRONG_ISSUER: {
    status: 422,
    vi: 'Thẻ không do Công Dân Số cấp',
    en: 'The credential was not issued by Công Dân Số',
  },
  EXPIRED: { status: 422, vi: 'Thẻ số đã hết hạn', en: 'The credential has expired' },
  NOT_YET_VALID: {
    status: 422,
    vi: 'Thẻ số chưa có hiệu lực: kiểm tra đồng hồ của thiết bị',
    en: 'The credential is not valid yet: check the device clocks',
  },
  DISCLOSURE: {
    status: 422,
    vi: 'Một thông tin được trình không khớp với chữ ký của cơ quan cấp: đã bị sửa',
    en: "A disclosed claim does not match the issuer's signature: it was altered",
  },
  KEY_BINDING_MISSING: {
    status: 422,
    vi: 'Thiếu chữ ký của thiết bị người giữ thẻ: bản trình có thể bị sao chép',
    en: "The holder device's signature is missing: the presentation may be a copy",
  },
  KEY_BINDING: {
    status: 422,
    vi: 'Chữ ký của thiết bị không khớp với thẻ: bản trình không do người giữ thẻ tạo',
    en: 'The device signature does not match the credential: not made by its holder',
  },
  NOT_FRESH: {
    status: 422,
    vi: 'Bản trình đã quá cũ hoặc có giờ tương lai: đề nghị người giữ thẻ tạo mã mới',
    en: 'The presentation is too old or dated in the future: ask the holder for a new code',
  },
  AUDIENCE: {
    status: 422,
    vi: 'Bản trình này dành cho nơi kiểm tra khác',
    en: 'This presentation was made for another verifier',
  },
  NONCE: {
    status: 422,
    vi: 'Bản trình không trả lời đúng mã thử thách của nơi kiểm tra',
    en: "The presentation does not answer the verifier's challenge",
  },
})

export const holderKeyRefused = () => credentialErrors.refuse('HOLDER_KEY')
export const documentNotVerified = () => credentialErrors.refuse('DOCUMENT_NOT_VERIFIED')
export const notAResident = () => credentialErrors.refuse('NOT_A_RESIDENT')
export const presentationRefused = (reason: PresentationRefusal) => credentialErrors.refuse(reason)
