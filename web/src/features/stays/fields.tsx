import { Button, Checkbox } from '@mantine/core'
import type { ComponentProps, ReactNode } from 'react'
import { Notice } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import type { Said } from './labels'
import { staysMessages } from './messages'
import { Field } from './ui'

type FieldProps = ComponentProps<typeof Field>

/** A calendar date a person types as DD/MM/YYYY (date pickers are slow for birth dates). */
export function TypedDateField(props: Omit<FieldProps, 'hint' | 'placeholder' | 'inputMode'>) {
  const { t } = useI18n(staysMessages)
  return (
    <Field
      hint={t('field.dateHint')}
      placeholder="DD/MM/YYYY"
      inputMode="numeric"
      autoComplete="off"
      {...props}
    />
  )
}

/** A period of days, both ends included, as the platform's `from` and `to` take it. */
export function PeriodFields({
  idPrefix,
  period,
  onChange,
}: {
  idPrefix: string
  period: { from: string; to: string }
  onChange: (period: { from: string; to: string }) => void
}) {
  const { t } = useI18n(staysMessages)
  const day = (end: 'from' | 'to') => ({
    id: `${idPrefix}-${end}`,
    type: 'date',
    label: t(end === 'from' ? 'stays.from' : 'stays.to'),
    value: period[end],
    onChange: (e: { target: { value: string } }) => {
      onChange({ ...period, [end]: e.target.value })
    },
  })
  return (
    <>
      <Field {...day('from')} max={period.to || undefined} />
      <Field {...day('to')} min={period.from || undefined} />
    </>
  )
}

/** A filter that is on or off, as a large checkbox. */
export function Toggle({
  checked,
  onChange,
  children,
}: {
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
}) {
  return (
    <Checkbox
      className="stays-check"
      size="md"
      label={children}
      checked={checked}
      onChange={(e) => {
        onChange(e.currentTarget.checked)
      }}
    />
  )
}

/** Leaves a confirmation or an inline form without doing anything. */
export function CancelButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n(staysMessages)
  return (
    <Button variant="default" onClick={onClick}>
      {t('common.cancel')}
    </Button>
  )
}

/** A success told in the language shown now. */
export function SaidNotice({ said }: { said: Said | undefined }) {
  const { t } = useI18n(staysMessages)
  return said ? <Notice kind="success">{t(said.key, said.params)}</Notice> : null
}
