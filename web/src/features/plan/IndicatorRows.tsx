import type { PlanIndicator } from '../../api/types'
import { Button, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import type { I18n } from '../../i18n/i18n'
import type { PlanKey } from './messages'
import { planMessages } from './messages'
import { readable } from './readable'
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
  t: I18n<PlanKey>['t'],
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
  const { t } = useI18n(planMessages)
  const edit = (index: number, change: Partial<IndicatorRow>) => {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)))
  }
  return (
    <Fieldset legend={t('plan.report.indicators')} miw={0} className="plan-indicator-rows">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('plan.report.indicatorsHint')}
        </Text>
        {rows.map((row, i) => {
          const id = `indicator-${String(i)}`
          const n = i + 1
          return (
            <Fieldset
              key={id}
              variant="filled"
              miw={0}
              legend={t('plan.report.indicatorN', { n })}
              className="plan-indicator"
            >
              <Stack gap="xs">
                <TextInput
                  {...readable}
                  id={`${id}-label`}
                  label={t('plan.report.indicatorLabel')}
                  value={row.label}
                  error={errors[`${id}-label`]}
                  maxLength={200}
                  autoComplete="off"
                  onChange={(e) => {
                    edit(i, { label: e.currentTarget.value })
                  }}
                />
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                  <TextInput
                    {...readable}
                    id={`${id}-value`}
                    label={t('plan.report.indicatorValue')}
                    description={t('plan.report.valueHint')}
                    value={row.value}
                    error={errors[`${id}-value`]}
                    inputMode="decimal"
                    autoComplete="off"
                    onChange={(e) => {
                      edit(i, { value: e.currentTarget.value })
                    }}
                  />
                  <TextInput
                    {...readable}
                    id={`${id}-unit`}
                    label={t('plan.report.indicatorUnit')}
                    value={row.unit}
                    maxLength={32}
                    autoComplete="off"
                    onChange={(e) => {
                      edit(i, { unit: e.currentTarget.value })
                    }}
                  />
                </SimpleGrid>
                <div>
                  <Button
                    type="button"
                    variant="subtle"
                    px={0}
                    onClick={() => {
                      onChange(rows.filter((_, j) => j !== i))
                    }}
                  >
                    {t('plan.report.removeIndicator', { n })}
                  </Button>
                </div>
              </Stack>
            </Fieldset>
          )
        })}
        <div>
          <Button
            type="button"
            variant="outline"
            onClick={() => {
              onChange([...rows, { label: '', value: '', unit: '' }])
            }}
          >
            {t('plan.report.addIndicator')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  )
}
