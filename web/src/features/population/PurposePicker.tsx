import { useI18n } from '../../i18n/i18n'
import { PURPOSES, type PurposeCode } from './purposes'

/** The legal ground of a read, chosen before any personal data is shown; the resident sees it. */
export function PurposePicker({
  value,
  onChange,
}: {
  value: PurposeCode | null
  onChange: (purpose: PurposeCode | null) => void
}) {
  const { t, language } = useI18n()
  return (
    <div className="field purpose-picker">
      <label htmlFor="purpose">{t('officer.purpose')}</label>
      <p className="hint" id="purpose-hint">
        {t('officer.purposeHint')}
      </p>
      <select
        id="purpose"
        value={value ?? ''}
        aria-describedby="purpose-hint"
        required
        onChange={(e) => {
          const chosen = PURPOSES.find((p) => p.code === e.target.value)
          onChange(chosen ? chosen.code : null)
        }}
      >
        <option value="">{t('officer.purposeChoose')}</option>
        {PURPOSES.map((p) => (
          <option key={p.code} value={p.code}>
            {p[language]}
          </option>
        ))}
      </select>
    </div>
  )
}
