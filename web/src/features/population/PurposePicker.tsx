import { NativeSelect } from '@mantine/core'
import { useI18n } from '../../i18n/i18n'
import { populationMessages } from './messages'
import { PURPOSES, type PurposeCode } from './purposes'

/** The legal ground of a read, chosen before any personal data is shown; the resident sees it. */
export function PurposePicker({
  value,
  onChange,
}: {
  value: PurposeCode | null
  onChange: (purpose: PurposeCode | null) => void
}) {
  const { t, language } = useI18n(populationMessages)
  return (
    <NativeSelect
      id="purpose"
      name="purpose"
      className="purpose-picker"
      label={t('officer.purpose')}
      classNames={{ description: 'hint' }}
      description={t('officer.purposeHint')}
      value={value ?? ''}
      required
      onChange={(e) => {
        const chosen = PURPOSES.find((p) => p.code === e.currentTarget.value)
        onChange(chosen ? chosen.code : null)
      }}
      data={[
        { value: '', label: t('officer.purposeChoose') },
        ...PURPOSES.map((p) => ({ value: p.code, label: p[language] })),
      ]}
    />
  )
}
