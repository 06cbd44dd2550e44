import type { WidgetProps } from '@rjsf/utils'
import { CommunePicker } from '../../components/CommunePicker'

/** The catalogue's `commune` widget: the province's communes in force, chosen by name. */
export function CommuneWidget({ id, label, value, onChange, rawErrors }: WidgetProps) {
  return (
    <CommunePicker
      id={id}
      label={label}
      value={typeof value === 'string' ? value : ''}
      onChange={(code) => {
        onChange(code || undefined)
      }}
      error={rawErrors?.length ? rawErrors.join(' ') : undefined}
    />
  )
}
