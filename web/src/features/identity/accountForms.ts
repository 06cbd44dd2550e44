/** What the sign-up and password-reset forms check before asking the platform. */
export const NUMBER = /^\d{12}$/
export const PHONE = /^(\+84|0)\d{9,10}$/
export const CODE = /^\d{6}$/
export const MIN_PASSWORD = 10

// Counted as the platform counts them: what a person sees as one letter (ệ) is one.
const graphemes = (text: string): number =>
  Array.from(new Intl.Segmenter('vi').segment(text)).length

/** Spaces and dots people type in a phone number, taken out. */
export const cleanPhone = (phone: string): string => phone.replace(/[\s.]/g, '')

/** The problems of a code and a new password typed twice, as message keys by field. */
export function newPasswordProblems(form: {
  code: string
  password: string
  repeat: string
}): Partial<
  Record<
    'code' | 'password' | 'repeat',
    'signUp.codeInvalid' | 'signUp.passwordShort' | 'signUp.passwordMismatch'
  >
> {
  const found: ReturnType<typeof newPasswordProblems> = {}
  if (!CODE.test(form.code.trim())) found.code = 'signUp.codeInvalid'
  if (graphemes(form.password) < MIN_PASSWORD) found.password = 'signUp.passwordShort'
  else if (form.password !== form.repeat) found.repeat = 'signUp.passwordMismatch'
  return found
}

/** The problems of a personal number and a phone, as message keys by field. */
export function accountProblems(account: {
  personalNumber: string
  phone: string
}): Partial<Record<'personalNumber' | 'phone', 'signUp.numberInvalid' | 'signUp.phoneInvalid'>> {
  const found: ReturnType<typeof accountProblems> = {}
  if (!NUMBER.test(account.personalNumber)) found.personalNumber = 'signUp.numberInvalid'
  if (!PHONE.test(account.phone)) found.phone = 'signUp.phoneInvalid'
  return found
}

/** Focuses the first field the person must correct. */
export const focusFirst = (errors: Record<string, unknown>) => {
  const first = Object.keys(errors)[0]
  if (first) document.getElementById(first)?.focus()
}
