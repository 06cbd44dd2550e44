import type { ChangeEvent, InputHTMLAttributes } from 'react'
import { TextInput } from '@mantine/core'

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string
  label: string
  hint?: string
  error?: string | undefined
}

/** A labelled input (Mantine's TextInput); its hint and error are tied to it for screen readers. */
export function Field({ id, label, hint, error, size: _size, ...input }: FieldProps) {
  return (
    <TextInput
      id={id}
      name={id}
      label={label}
      description={hint}
      error={error}
      inputWrapperOrder={['label', 'description', 'error', 'input']}
      {...input}
    />
  )
}

/**
 * The value, error and change handler of a Field that edits one key of a form's state:
 * `<Field {...field('phone')} … />`.
 */
export function bindFields<T extends Record<string, string>>(
  form: T,
  setForm: (next: T) => void,
  errors: Partial<Record<string, string>> = {},
) {
  return (key: keyof T & string) => ({
    value: form[key],
    error: errors[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      setForm({ ...form, [key]: e.target.value })
    },
  })
}
