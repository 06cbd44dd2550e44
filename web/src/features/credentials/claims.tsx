import { formatDate } from '../../i18n/format'
import type { I18n } from '../../i18n/i18n'
import type { CredentialsKey } from './messages'

/** The identity credential's claims in the order a person reads them. */
export const IDENTITY_CLAIMS = [
  'name',
  'birthdate',
  'age_over_18',
  'gender',
  'nationality',
  'commune_of_residence',
  'personal_number',
] as const

const isKnown = (name: string): name is (typeof IDENTITY_CLAIMS)[number] =>
  (IDENTITY_CLAIMS as readonly string[]).includes(name)

/** A claim's name in words; one this page does not know is shown as named. */
export const claimLabel = ({ t }: I18n<CredentialsKey>, name: string): string =>
  isKnown(name) ? t(`claim.${name}`) : name

/** A claim's value in words: dates, yes or no, sex, country, a commune's name. */
export function claimValue({ t }: I18n<CredentialsKey>, name: string, value: unknown): string {
  if (typeof value === 'boolean') return t(value ? 'value.yes' : 'value.no')
  if ((name === 'birthdate' || name === 'issued_on') && typeof value === 'string')
    return formatDate(value)
  if (name === 'gender' && (value === 'male' || value === 'female')) return t(`value.${value}`)
  if (name === 'nationality' && value === 'VN') return t('value.VN')
  if (typeof value === 'object' && value !== null && 'code' in value) {
    const { code, name: unitName } = value as { code: unknown; name: unknown }
    return typeof unitName === 'string' ? `${unitName} (${String(code)})` : String(code)
  }
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : JSON.stringify(value)
}

/** The claims as a definition list, in reading order. */
export function ClaimList({
  i18n,
  claims,
}: {
  i18n: I18n<CredentialsKey>
  claims: Record<string, unknown>
}) {
  const names = Object.keys(claims).sort((a, b) => order(a) - order(b) || a.localeCompare(b))
  return (
    <dl className="facts" data-testid="disclosed-claims">
      {names.map((name) => (
        <div key={name} data-claim={name}>
          <dt>{claimLabel(i18n, name)}</dt>
          <dd>{claimValue(i18n, name, claims[name])}</dd>
        </div>
      ))}
    </dl>
  )
}

const order = (name: string) => {
  const at = (IDENTITY_CLAIMS as readonly string[]).indexOf(name)
  return at < 0 ? IDENTITY_CLAIMS.length : at
}
