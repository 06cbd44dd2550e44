import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsImport from 'ajv-formats'

// ajv-formats is CommonJS with a default export; under NodeNext its default is the module.
const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv

/** One field that failed, named by its dotted path, with why in both languages. */
export interface FieldError {
  field: string
  rule: string
  vi: string
  en: string
}

const ajv = addFormats(new Ajv({ allErrors: true, strict: false, useDefaults: false }))

/** Compiles a form's JSON Schema once; throws when the schema itself is not valid. */
export const compileForm = (schema: object): ValidateFunction => ajv.compile(schema)

const fieldOf = (error: ErrorObject): string => {
  const parts = error.instancePath.split('/').filter(Boolean)
  const missing = (error.params as { missingProperty?: string }).missingProperty
  return [...parts, ...(missing ? [missing] : [])].join('.')
}

type Messages = (error: ErrorObject) => { vi: string; en: string }

// Per rule, what a resident reads; the label of the field is shown beside it by the form.
const MESSAGES: Record<string, Messages> = {
  required: () => ({ vi: 'Cần điền trường này', en: 'This field is required' }),
  type: () => ({ vi: 'Giá trị không đúng kiểu', en: 'Wrong kind of value' }),
  format: (e) =>
    (e.params as { format?: string }).format === 'date'
      ? { vi: 'Ngày không hợp lệ (năm-tháng-ngày)', en: 'Not a valid date (YYYY-MM-DD)' }
      : { vi: 'Định dạng không hợp lệ', en: 'Invalid format' },
  pattern: () => ({ vi: 'Giá trị không đúng định dạng', en: 'Not in the expected form' }),
  minLength: (e) => {
    const n = (e.params as { limit: number }).limit
    return { vi: `Cần ít nhất ${n} ký tự`, en: `At least ${n} characters` }
  },
  maxLength: (e) => {
    const n = (e.params as { limit: number }).limit
    return { vi: `Tối đa ${n} ký tự`, en: `At most ${n} characters` }
  },
  minimum: (e) => {
    const n = (e.params as { limit: number }).limit
    return { vi: `Không nhỏ hơn ${n}`, en: `At least ${n}` }
  },
  maximum: (e) => {
    const n = (e.params as { limit: number }).limit
    return { vi: `Không lớn hơn ${n}`, en: `At most ${n}` }
  },
  enum: () => ({ vi: 'Chọn một giá trị trong danh sách', en: 'Choose one of the listed values' }),
  const: () => ({ vi: 'Cần xác nhận mục này', en: 'This must be confirmed' }),
  additionalProperties: () => ({ vi: 'Trường không có trong mẫu', en: 'Not a field of this form' }),
}

const fallback: Messages = () => ({ vi: 'Giá trị không hợp lệ', en: 'Invalid value' })

/** Every failing field of `data`, or none. */
export function formErrors(validate: ValidateFunction, data: unknown): FieldError[] {
  if (validate(data)) return []
  const seen = new Set<string>()
  return (validate.errors ?? []).flatMap((error) => {
    const field = fieldOf(error)
    const key = `${field}:${error.keyword}`
    if (seen.has(key)) return []
    seen.add(key)
    return [{ field, rule: error.keyword, ...(MESSAGES[error.keyword] ?? fallback)(error) }]
  })
}
