import { useState } from 'react'
import { api } from '../../api/client'
import { Field } from '../../components/Field'
import { ErrorMessage, Notice } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { PhoneField } from './NewPasswordFields'
import { cleanPhone } from './accountForms'

/**
 * For a locked account on a device it has not signed in from: a code sent to the account's phone,
 * to sign in with beside the password (the sign-in form sends it as phoneCode).
 */
export function PhoneCodeSignIn({
  personalNumber,
  code,
  onCode,
}: {
  personalNumber: string
  code: string
  onCode: (code: string) => void
}) {
  const { t } = useI18n()
  const [phone, setPhone] = useState('')
  const [sent, setSent] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const send = () => {
    setFailure(null)
    const body = { personalNumber: personalNumber.trim(), phone: cleanPhone(phone) }
    api('/api/v1/identity/sign-in-codes', { method: 'POST', body })
      .then(() => {
        setSent(true)
      })
      .catch(setFailure)
  }
  return (
    <fieldset>
      <p>{t('sso.phoneCodeIntro')}</p>
      {failure ? <ErrorMessage error={failure} /> : null}
      <PhoneField
        value={phone}
        error={undefined}
        onChange={(e) => {
          setPhone(e.target.value)
        }}
      />
      <button type="button" className="button button-secondary" onClick={send}>
        {t('sso.getPhoneCode')}
      </button>
      {sent ? (
        <>
          <Notice>{t('sso.phoneCodeSent')}</Notice>
          <Field
            id="phoneCode"
            label={t('field.smsCode')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => {
              onCode(e.target.value)
            }}
            required
          />
        </>
      ) : null}
    </fieldset>
  )
}
