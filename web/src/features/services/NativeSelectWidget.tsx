import { NativeSelect } from '@mantine/core'
import {
  ariaDescribedByIds,
  enumOptionsIndexForValue,
  enumOptionsValueForIndex,
  type WidgetProps,
} from '@rjsf/utils'

/**
 * A choice as a native select (Mantine's): a phone's and the kiosk's own picker, and one that
 * assistive technology and the browser tests operate as one, as CommunePicker's list is.
 */
export function NativeSelectWidget({
  id,
  label,
  value,
  required,
  disabled,
  readonly,
  rawErrors,
  options,
  onChange,
  onBlur,
}: WidgetProps) {
  const enumOptions = options.enumOptions ?? []
  const emptyValue: unknown = options.emptyValue
  const index = enumOptionsIndexForValue(value, enumOptions, false)
  const size = typeof options.size === 'string' ? options.size : undefined
  return (
    <NativeSelect
      id={id}
      name={id}
      label={label}
      required={required}
      disabled={disabled || readonly}
      size={size}
      value={typeof index === 'string' ? index : ''}
      error={rawErrors?.length ? rawErrors.join(' ') : undefined}
      aria-describedby={ariaDescribedByIds(id)}
      onChange={(e) => {
        onChange(enumOptionsValueForIndex(e.currentTarget.value, enumOptions, emptyValue))
      }}
      onBlur={() => {
        onBlur(id, value)
      }}
    >
      <option value="" />
      {enumOptions.map((option, i) => (
        <option key={String(option.value)} value={String(i)}>
          {option.label}
        </option>
      ))}
    </NativeSelect>
  )
}
