import type { ChangeEvent } from 'react'
import { Field } from '../../components/Field'
import { useI18n } from '../../i18n/i18n'
import { MIN_PASSWORD } from './accountForms'

interface BoundField {
  value: string
  error: string | undefined
  onChange: (e: ChangeEvent<HTMLInputElement>) => void
}
type Bound = (key: 'code' | 'password' | 'repeat') => BoundField

/** The personal number, as sign-up and the password reset ask for it. */
export function PersonalNumberField({
  autoComplete,
  ...bound
}: BoundField & { autoComplete: 'off' | 'username' }) {
  const { t } = useI18n()
  return (
    <Field
      id="personalNumber"
      label={t('field.personalNumber')}
      hint={t('field.personalNumberHint')}
      inputMode="numeric"
      autoComplete={autoComplete}
      maxLength={12}
      {...bound}
      required
    />
  )
}

/** The phone a code goes to, as sign-up and the password reset ask for it. */
export function PhoneField(bound: BoundField) {
  const { t } = useI18n()
  return (
    <Field
      id="phone"
      label={t('field.phone')}
      hint={t('signUp.phoneHint')}
      type="tel"
      autoComplete="tel"
      {...bound}
      required
    />
  )
}

/** The code sent by SMS and a new password typed twice: the second step of sign-up and reset. */
export function NewPasswordFields({ field }: { field: Bound }) {
  const { t } = useI18n()
  return (
    <>
      <Field
        id="code"
        label={t('field.smsCode')}
        hint={t('signUp.codeHint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        {...field('code')}
        required
      />
      <Field
        id="password"
        label={t('field.newPassword')}
        hint={t('signUp.passwordHint', { min: MIN_PASSWORD })}
        type="password"
        autoComplete="new-password"
        {...field('password')}
        required
      />
      <Field
        id="repeat"
        label={t('field.repeatPassword')}
        type="password"
        autoComplete="new-password"
        {...field('repeat')}
        required
      />
    </>
  )
}
