import { TextInput, type TextInputProps } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useI18n } from '../../i18n/i18n'
import { MIN_PASSWORD, newPasswordProblems } from './accountForms'
import { identityMessages } from './messages'

/** What a form gives one input: its value, change handler and error (`form.getInputProps(key)`). */
export type BoundField = Pick<TextInputProps, 'value' | 'onChange' | 'error' | 'onFocus' | 'onBlur'>
type Bound = (key: 'code' | 'password' | 'repeat') => BoundField

/** The personal number, as sign-up and the password reset ask for it. */
export function PersonalNumberField({
  autoComplete,
  ...bound
}: BoundField & { autoComplete: 'off' | 'username' }) {
  const { t } = useI18n(identityMessages)
  return (
    <TextInput
      id="personalNumber"
      name="personalNumber"
      label={t('field.personalNumber')}

      description={t('field.personalNumberHint')}
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
  const { t } = useI18n(identityMessages)
  return (
    <TextInput
      id="phone"
      name="phone"
      label={t('field.phone')}

      description={t('signUp.phoneHint')}
      type="tel"
      autoComplete="tel"
      {...bound}
      required
    />
  )
}

/** The form of the code and the new password, its problems in the reader's language. */
export function useNewPasswordForm() {
  const { t } = useI18n(identityMessages)
  return useForm({
    initialValues: { code: '', password: '', repeat: '' },
    validate: (values) =>
      Object.fromEntries(
        Object.entries(newPasswordProblems(values)).map(([field, key]) => [field, t(key)]),
      ),
  })
}

/** The code sent by SMS and a new password typed twice: the second step of sign-up and reset. */
export function NewPasswordFields({ field }: { field: Bound }) {
  const { t } = useI18n(identityMessages)
  return (
    <>
      <TextInput
        id="code"
        name="code"
        label={t('field.smsCode')}

        description={t('signUp.codeHint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        {...field('code')}
        required
      />
      <TextInput
        id="password"
        name="password"
        label={t('field.newPassword')}

        description={t('signUp.passwordHint', { min: MIN_PASSWORD })}
        type="password"
        autoComplete="new-password"
        {...field('password')}
        required
      />
      <TextInput
        id="repeat"
        name="repeat"
        label={t('field.repeatPassword')}
        type="password"
        autoComplete="new-password"
        {...field('repeat')}
        required
      />
    </>
  )
}
