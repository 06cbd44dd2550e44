import argon2 from 'argon2'

// OWASP's argon2id floor (m=19 MiB, t=2, p=1), as the identity issue asks.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export const MIN_PASSWORD_LENGTH = 10

/** Why a password is refused, or undefined: length and the registry facts it must not be. */
export function passwordWeakness(password: string, avoid: string[]): string | undefined {
  if (Array.from(new Intl.Segmenter('vi').segment(password)).length < MIN_PASSWORD_LENGTH)
    return `ít nhất ${MIN_PASSWORD_LENGTH} ký tự / at least ${MIN_PASSWORD_LENGTH} characters`
  const lower = password.toLowerCase()
  if (avoid.some((a) => a && lower.includes(a.toLowerCase()))) {
    return 'không chứa số định danh, ngày sinh hay số điện thoại / must not contain your number, birth date or phone'
  }
  return undefined
}

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS)

/** Compares in constant time; a hash from weaker parameters still verifies. */
export const verifyPassword = (hash: string, password: string): Promise<boolean> =>
  argon2.verify(hash, password).catch(() => false)

// Verifying against this when the account does not exist keeps the answer time the same.
let decoy: Promise<string> | undefined
export async function burnPasswordCheck(password: string): Promise<void> {
  decoy ??= hashPassword('decoy password for timing')
  await verifyPassword(await decoy, password)
}
