import { Stack, Button, Text } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { bindFields } from '../../components/Field'
import { describeRefusal } from '../../components/scanLabels'
import { parsePassportMrz } from '../../components/scanned'
import { parseTypedDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { TypedDateField } from './fields'
import { passportDraft, type GuestDraft } from './guests'
import { staysMessages } from './messages'
import { Field } from './ui'

export type PassportForm = {
  line1: string
  line2: string
  entryDate: string
  visaNumber: string
  visaExpiresOn: string
}
export const EMPTY_PASSPORT: PassportForm = {
  line1: '',
  line2: '',
  entryDate: '',
  visaNumber: '',
  visaExpiresOn: '',
}

const mrzLine = (value: string): string => value.toUpperCase().replace(/\s/g, '')

/**
 * A foreign guest: the passport's two MRZ lines (scanned, or typed as printed), the entry date
 * and the visa. The lines are checked here as the platform will (check digits), before sending.
 */
export function PassportGuestForm({
  form,
  setForm,
  onAdd,
}: {
  form: PassportForm
  setForm: (form: PassportForm) => void
  onAdd: (draft: GuestDraft) => boolean
}) {
  const { t } = useI18n(staysMessages)
  const [errors, setErrors] = useState<Partial<Record<keyof PassportForm, string>>>({})
  const field = bindFields(form, setForm, errors)

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const found: typeof errors = {}
    const passportMrz = `${mrzLine(form.line1)}\n${mrzLine(form.line2)}`
    const read = parsePassportMrz(passportMrz)
    if (read.kind === 'refused') found.line1 = describeRefusal(t, read)
    const entryDate = parseTypedDate(form.entryDate)
    if (!entryDate) found.entryDate = t('stays.dateInvalid')
    const visaExpiresOn = form.visaExpiresOn.trim() ? parseTypedDate(form.visaExpiresOn) : ''
    if (visaExpiresOn === undefined) found.visaExpiresOn = t('stays.dateInvalid')
    setErrors(found)
    const first = Object.keys(found)[0]
    if (first || read.kind !== 'passport' || !entryDate) {
      document.getElementById(`passport-${first ?? 'line1'}`)?.focus()
      return
    }
    const visaNumber = form.visaNumber.trim()
    const identification = {
      passportMrz,
      entryDate,
      ...(visaNumber ? { visaNumber } : {}),
      ...(visaExpiresOn ? { visaExpiresOn } : {}),
    }
    if (onAdd(passportDraft(identification, read.passport))) setForm(EMPTY_PASSPORT)
  }

  const mrz = {
    className: 'stays-mrz',
    ff: 'monospace',
    autoComplete: 'off',
    autoCapitalize: 'characters',
    spellCheck: false,
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('stays.mrzHint')}</Text>
        <Field
          {...field('line1')}
          {...mrz}
          id="passport-line1"
          label={t('stays.mrzLine1')}
          maxLength={44}
        />
        <Field
          {...field('line2')}
          {...mrz}
          id="passport-line2"
          label={t('stays.mrzLine2')}
          maxLength={44}
        />
        <TypedDateField
          {...field('entryDate')}
          id="passport-entryDate"
          label={t('stays.entryDate')}
        />
        <Field
          {...field('visaNumber')}
          id="passport-visaNumber"
          label={t('stays.visaNumber')}
          autoComplete="off"
        />
        <TypedDateField
          {...field('visaExpiresOn')}
          id="passport-visaExpiresOn"
          label={t('stays.visaExpiresOn')}
        />
        <Button type="submit" variant="default" mt="xs" style={{ alignSelf: 'flex-start' }}>
          {t('stays.addGuest')}
        </Button>
      </Stack>
    </form>
  )
}
