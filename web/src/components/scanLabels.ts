import type { I18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import type { MrzField, ScanRefusal, Scanned } from './scanned'

const FIELDS: Record<MrzField, MessageKey> = {
  passportNumber: 'scan.field.passportNumber',
  birthDate: 'scan.field.birthDate',
  expiryDate: 'scan.field.expiryDate',
  personalNumber: 'scan.field.personalNumber',
  composite: 'scan.field.composite',
}

const lastDigits = (value: string): string => value.slice(-4)

/** Why a scanned code was refused, said so that the person knows what to do. */
export function describeRefusal(t: I18n['t'], refusal: ScanRefusal): string {
  switch (refusal.reason) {
    case 'empty':
      return t('scan.empty')
    case 'unknown':
      return t('scan.unknown')
    case 'card-fields':
      return t('scan.cardFields', { count: refusal.count })
    case 'card-name':
      return t('scan.cardName')
    case 'card-birth-date':
      return t('scan.cardBirthDate')
    case 'card-issue-date':
      return t('scan.cardIssueDate')
    case 'card-sex':
      return t('scan.cardSex')
    case 'card-number':
      return t('scan.cardNumber')
    case 'card-old-number':
      return t('scan.cardOldNumber')
    case 'mrz-lines':
      return t('scan.mrzLines', { count: refusal.count })
    case 'mrz-format':
      return t('scan.mrzFormat')
    case 'mrz-date':
      return t('scan.mrzDate')
    case 'mrz-check-digit':
      return t('scan.mrzCheckDigit', { fields: refusal.fields.map((f) => t(FIELDS[f])).join(', ') })
  }
}

/**
 * What was read, in one sentence: the kind of code and, for a document, only the last digits of
 * its number (a kiosk screen is public); or why it was refused.
 */
export function describeScan(t: I18n['t'], scanned: Scanned): string {
  switch (scanned.kind) {
    case 'identity-token':
      return t('scan.read', { document: t('scan.identityToken') })
    case 'card':
      return t('scan.read', {
        document: t('scan.card', { last: lastDigits(scanned.card.personalNumber) }),
      })
    case 'passport':
      return t('scan.read', {
        document: t('scan.passport', {
          state: scanned.passport.issuingState,
          last: lastDigits(scanned.passport.passportNumber),
        }),
      })
    case 'refused':
      return describeRefusal(t, scanned)
  }
}
