import { Alert, Button, Stack, TextInput } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { PhoneField } from './NewPasswordFields'
import { cleanPhone } from './accountForms'
import { identityMessages } from './messages'

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
  const { t } = useI18n(identityMessages)
  const [phone, setPhone] = useState('')
  const [sent, setSent] = useState(false)
  const send = useMutation({
    mutationFn: (body: { personalNumber: string; phone: string }) =>
      api('/api/v1/identity/sign-in-codes', { method: 'POST', body }),
    onSuccess: () => {
      setSent(true)
    },
  })
  return (
    <fieldset>
      <Stack gap="sm">
        <p>{t('sso.phoneCodeIntro')}</p>
        {send.error ? <ErrorMessage error={send.error} /> : null}
        <PhoneField
          value={phone}
          onChange={(e) => {
            setPhone(e.currentTarget.value)
          }}
        />
        <Button
          type="button"
          variant="default"
          onClick={() => {
            send.mutate({ personalNumber: personalNumber.trim(), phone: cleanPhone(phone) })
          }}
        >
          {t('sso.getPhoneCode')}
        </Button>
        {sent ? (
          <>
            <Alert role="status">{t('sso.phoneCodeSent')}</Alert>
            <TextInput
              id="phoneCode"
              name="phoneCode"
              label={t('field.smsCode')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={code}
              onChange={(e) => {
                onCode(e.currentTarget.value)
              }}
              required
            />
          </>
        ) : null}
      </Stack>
    </fieldset>
  )
}
