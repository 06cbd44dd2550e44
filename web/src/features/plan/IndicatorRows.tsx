import type { PlanIndicator } from '../../api/types'
import { Field } from '../../components/Field'
import type { I18n } from '../../i18n/i18n'
import { useI18n } from '../../i18n/i18n'

/** An indicator as typed: the value is text until the report is saved. */
export interface IndicatorRow {
  key?: string
  label: string
  value: string
  unit: string
}

export const toRows = (indicators: PlanIndicator[]): IndicatorRow[] =>
  indicators.map((i) => ({
    ...(i.key === undefined ? {} : { key: i.key }),
    label: i.label,
    value: String(i.value),
    unit: i.unit,
  }))

const NUMBER = /^-?\d+(\.\d+)?$/

/**
 * The rows as the API takes them, blank rows left out; or the problems by field id. A decimal
 * comma (85,5) is read as Vietnamese writes it.
 */
export function readRows(
  t: I18n['t'],
  rows: IndicatorRow[],
): { indicators: PlanIndicator[]; errors: Record<string, string> } {
  const indicators: PlanIndicator[] = []
  const errors: Record<string, string> = {}
  rows.forEach((row, i) => {
    const label = row.label.trim()
    const value = row.value.trim().replace(/\s/g, '').replace(',', '.')
    if (!label && !value && !row.unit.trim()) return
    if (!label) errors[`indicator-${String(i)}-label`] = t('plan.report.indicatorLabelRequired')
    if (!NUMBER.test(value)) errors[`indicator-${String(i)}-value`] = t('plan.report.valueInvalid')
    indicators.push({
      ...(row.key === undefined ? {} : { key: row.key }),
      label,
      value: Number(value),
      unit: row.unit.trim(),
    })
  })
  return { indicators, errors }
}

export function IndicatorRows({
  rows,
  errors,
  onChange,
}: {
  rows: IndicatorRow[]
  errors: Record<string, string>
  onChange: (rows: IndicatorRow[]) => void
}) {
  const { t } = useI18n()
  const edit = (index: number, change: Partial<IndicatorRow>) => {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)))
  }
  return (
    <fieldset className="plan-indicator-rows">
      <legend>{t('plan.report.indicators')}</legend>
      <p className="hint">{t('plan.report.indicatorsHint')}</p>
      {rows.map((row, i) => {
        const id = `indicator-${String(i)}`
        const n = i + 1
        return (
          <fieldset key={id} className="plan-indicator">
            <legend>{t('plan.report.indicatorN', { n })}</legend>
            <Field
              id={`${id}-label`}
              label={t('plan.report.indicatorLabel')}
              value={row.label}
              error={errors[`${id}-label`]}
              maxLength={200}
              autoComplete="off"
              onChange={(e) => {
                edit(i, { label: e.target.value })
              }}
            />
            <div className="plan-indicator-figure">
              <Field
                id={`${id}-value`}
                label={t('plan.report.indicatorValue')}
                hint={t('plan.report.valueHint')}
                value={row.value}
                error={errors[`${id}-value`]}
                inputMode="decimal"
                autoComplete="off"
                onChange={(e) => {
                  edit(i, { value: e.target.value })
                }}
              />
              <Field
                id={`${id}-unit`}
                label={t('plan.report.indicatorUnit')}
                value={row.unit}
                maxLength={32}
                autoComplete="off"
                onChange={(e) => {
                  edit(i, { unit: e.target.value })
                }}
              />
            </div>
            <button
              type="button"
              className="button-link"
              onClick={() => {
                onChange(rows.filter((_, j) => j !== i))
              }}
            >
              {t('plan.report.removeIndicator', { n })}
            </button>
          </fieldset>
        )
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          onChange([...rows, { label: '', value: '', unit: '' }])
        }}
      >
        {t('plan.report.addIndicator')}
      </button>
    </fieldset>
  )
}
