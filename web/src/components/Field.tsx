import type { ChangeEvent, InputHTMLAttributes } from 'react'

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string
  label: string
  hint?: string
  error?: string | undefined
}

/** A labelled input; its hint and error are tied to it for screen readers. */
export function Field({ id, label, hint, error, className, ...input }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
    </div>
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
