import { Button, Stack, Title } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import type { Establishment } from '../../api/types'
import { navigate } from '../../app/router'
import { CommunePicker } from '../../components/CommunePicker'
import { bindFields } from '../../components/Field'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Notice } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { useEstablishmentTypes } from './establishmentTypes'
import { useOnceSubmission } from './idempotency'
import { capacityLabel } from './labels'
import { staysMessages } from './messages'
import { Field, SelectField } from './ui'

type Form = { name: string; address: string; communeCode: string; capacity: string }
const EMPTY: Form = { name: '', address: '', communeCode: '', capacity: '' }

/** An owner (eID level 2) registers a place; it waits for the commune police's decision. */
export default function NewEstablishmentPage() {
  const { t, language } = useI18n(staysMessages)
  usePageTitle(t('stays.owner.register'))
  const types = useEstablishmentTypes()
  const [typeCode, setTypeCode] = useState('')
  const [form, setForm] = useState<Form>(EMPTY)
  const [errors, setErrors] = useState<Partial<Record<keyof Form | 'typeCode', string>>>({})
  // Sent again unchanged (a lost answer), the registration keeps its key: one establishment.
  const submission = useOnceSubmission<Establishment>()
  const { busy, failure } = submission
  const field = bindFields(form, setForm, errors)
  const type = types?.find((x) => x.code === typeCode)
  const requirement = useRequirement({ level: 2 })

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const capacity = Number(form.capacity)
    const found: typeof errors = {}
    if (!form.name.trim()) found.name = t('stays.owner.nameRequired')
    if (!type) found.typeCode = t('stays.owner.typeRequired')
    if (!form.address.trim()) found.address = t('stays.owner.addressRequired')
    if (!form.communeCode) found.communeCode = t('stays.owner.communeInvalid')
    if (!Number.isInteger(capacity) || capacity < 1)
      found.capacity = t('stays.owner.capacityInvalid')
    setErrors(found)
    const first = Object.keys(found)[0]
    if (first) {
      document.getElementById(`establishment-${first}`)?.focus()
      return
    }
    submission.submit(
      {
        path: '/api/v1/stays/establishments',
        body: {
          name: form.name.trim(),
          typeCode,
          address: form.address.trim(),
          communeCode: form.communeCode,
          capacity,
        },
      },
      (created) => {
        navigate(`/establishment/${encodeURIComponent(created.id)}/owner`)
      },
    )
  }

  return (
    <Stack gap="md" maw="34rem">
      <Title order={1}>{t('stays.owner.register')}</Title>
      <Notice>{t('stays.owner.registerIntro')}</Notice>
      {requirement.notice}
      <form onSubmit={submit} noValidate hidden={requirement.blocked}>
        <Stack gap="sm">
          <Field {...field('name')} id="establishment-name" label={t('stays.owner.name')} />
          <SelectField
            id="establishment-typeCode"
            label={t('stays.owner.type')}
            value={typeCode}
            error={errors.typeCode}
            data={[
              { value: '', label: t('stays.owner.typeChoose') },
              ...(types ?? []).map((x) => ({
                value: x.code,
                label: language === 'en' ? x.nameEn : x.nameVi,
              })),
            ]}
            onChange={(e) => {
              setTypeCode(e.currentTarget.value)
            }}
          />
          <Field
            {...field('address')}
            id="establishment-address"
            label={t('stays.owner.address')}
          />
          <CommunePicker
            id="establishment-communeCode"
            label={t('stays.owner.commune')}
            value={form.communeCode}
            error={errors.communeCode}
            onChange={(communeCode) => {
              setForm((f) => ({ ...f, communeCode }))
            }}
          />
          <Field
            {...field('capacity')}
            id="establishment-capacity"
            label={
              type
                ? `${t('stays.owner.capacity')} (${capacityLabel(t, type.capacityUnit)})`
                : t('stays.owner.capacity')
            }
            inputMode="numeric"
            autoComplete="off"
          />
          {failure ? <ErrorMessage error={failure} focus /> : null}
          <div>
            <Button type="submit" disabled={busy}>
              {busy ? t('common.sending') : t('stays.owner.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  )
}
