import { Stack, Button } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { bindFields } from '../../components/Field'
import { parseTypedDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { TypedDateField } from './fields'
import { typedDraft, type GuestDraft } from './guests'
import { staysMessages } from './messages'
import { Field } from './ui'

type Form = { personalNumber: string; fullName: string; birthDate: string }
const EMPTY: Form = { personalNumber: '', fullName: '', birthDate: '' }

/** A guest without a code at hand: number, name and birth date, checked against the registry. */
export function TypedGuestForm({ onAdd }: { onAdd: (draft: GuestDraft) => boolean }) {
  const { t } = useI18n(staysMessages)
  const [form, setForm] = useState<Form>(EMPTY)
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({})
  const field = bindFields(form, setForm, errors)

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const personalNumber = form.personalNumber.replace(/\s/g, '')
    const fullName = form.fullName.trim().replace(/\s+/g, ' ')
    const birthDate = parseTypedDate(form.birthDate)
    const found: typeof errors = {}
    if (!/^\d{12}$/.test(personalNumber)) found.personalNumber = t('signUp.numberInvalid')
    if (!fullName) found.fullName = t('signUp.nameRequired')
    if (!birthDate) found.birthDate = t('signUp.birthDateInvalid')
    setErrors(found)
    const first = Object.keys(found)[0]
    if (first || !birthDate) {
      document.getElementById(`typed-${first ?? 'birthDate'}`)?.focus()
      return
    }
    if (onAdd(typedDraft({ personalNumber, fullName, birthDate }))) setForm(EMPTY)
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Field
          {...field('personalNumber')}
          id="typed-personalNumber"
          label={t('field.personalNumber')}
          hint={t('field.personalNumberHint')}
          inputMode="numeric"
          autoComplete="off"
        />
        <Field
          {...field('fullName')}
          id="typed-fullName"
          label={t('field.fullName')}
          autoComplete="off"
        />
        <TypedDateField {...field('birthDate')} id="typed-birthDate" label={t('field.birthDate')} />
        <Button type="submit" variant="default" mt="xs" style={{ alignSelf: 'flex-start' }}>
          {t('stays.addGuest')}
        </Button>
      </Stack>
    </form>
  )
}
