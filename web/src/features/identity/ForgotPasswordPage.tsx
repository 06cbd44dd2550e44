import { Alert, Button, Group, Stack, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { api } from '../../api/client'
import { signInHref } from '../../app/router'
import { ErrorMessage } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import {
  NewPasswordFields,
  PersonalNumberField,
  PhoneField,
  useNewPasswordForm,
} from './NewPasswordFields'
import { accountProblems, cleanPhone, focusFirst } from './accountForms'
import { identityMessages } from './messages'

type Step = 'request' | 'reset' | 'done'

/**
 * A forgotten password: the personal number and the account's phone, then the code sent to that
 * phone and a new password. The platform says the same whether or not the details matched.
 */
export default function ForgotPasswordPage() {
  const { t } = useI18n(identityMessages)
  usePageTitle(t('forgot.title'))
  const [step, setStep] = useState<Step>('request')
  const heading = useRef<HTMLHeadingElement>(null)
  const account = (values: { personalNumber: string; phone: string } = who.getValues()) => ({
    personalNumber: values.personalNumber.trim(),
    phone: cleanPhone(values.phone),
  })
  const who = useForm({
    initialValues: { personalNumber: '', phone: '' },
    validate: (values) =>
      Object.fromEntries(
        Object.entries(accountProblems(account(values))).map(([field, key]) => [field, t(key)]),
      ),
  })
  const reset = useNewPasswordForm()

  const send = useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) =>
      api(path, { method: 'POST', body }),
  })
  const moveTo = (next: Step) => {
    setStep(next)
    requestAnimationFrame(() => heading.current?.focus())
  }
  const refused = (errors: Record<string, unknown>) => {
    send.reset()
    focusFirst(errors)
  }

  const submitRequest = who.onSubmit((values) => {
    send.mutate(
      { path: '/api/v1/identity/password-resets', body: account(values) },
      {
        onSuccess: () => {
          moveTo('reset')
        },
      },
    )
  }, refused)

  const submitReset = reset.onSubmit((values) => {
    const body = {
      personalNumber: account().personalNumber,
      code: values.code.trim(),
      password: values.password,
    }
    send.mutate(
      { path: '/api/v1/identity/password-resets/confirm', body },
      {
        onSuccess: () => {
          moveTo('done')
        },
      },
    )
  }, refused)

  const busy = send.isPending
  return (
    <Stack className="narrow" gap="md">
      <Title order={1} ref={heading} tabIndex={-1}>
        {step === 'done' ? t('forgot.doneTitle') : t('forgot.title')}
      </Title>
      {send.error ? <ErrorMessage error={send.error} focus /> : null}
      {step === 'request' ? (
        <form onSubmit={submitRequest} noValidate>
          <Stack gap="md">
            <p>{t('forgot.intro')}</p>
            <PersonalNumberField autoComplete="username" {...who.getInputProps('personalNumber')} />
            <PhoneField {...who.getInputProps('phone')} />
            <Group>
              <Button type="submit" disabled={busy}>
                {busy ? t('common.sending') : t('signUp.sendCode')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {step === 'reset' ? (
        <form onSubmit={submitReset} noValidate>
          <Stack gap="md">
            <Alert role="status">{t('forgot.codeSent', { phone: account().phone })}</Alert>
            <NewPasswordFields field={(key) => reset.getInputProps(key)} />
            <Group>
              <Button type="submit" disabled={busy}>
                {busy ? t('common.sending') : t('forgot.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {step === 'done' ? (
        <>
          <Alert role="status" color="green">
            {t('forgot.done')}
          </Alert>
          <Group>
            <Button component="a" href={signInHref('/me')}>
              {t('nav.signIn')}
            </Button>
          </Group>
        </>
      ) : null}
    </Stack>
  )
}
