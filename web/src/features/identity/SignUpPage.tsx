import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { api } from '../../api/client'
import { signInHref } from '../../app/router'
import { ErrorMessage } from '../../components/Status'
import { fieldProblems } from '../../components/errors'
import { usePageTitle } from '../../components/usePageTitle'
import { parseTypedDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { AlreadyRegistered } from './AlreadyRegistered'
import {
  NewPasswordFields,
  PersonalNumberField,
  PhoneField,
  useNewPasswordForm,
} from './NewPasswordFields'
import { accountProblems, cleanPhone, focusFirst } from './accountForms'
import { identityMessages } from './messages'

type Step = 'details' | 'confirm' | 'done'

/** Level-1 sign-up: details that must match the registry, then the code sent by SMS and a password. */
export default function SignUpPage() {
  const { t } = useI18n(identityMessages)
  usePageTitle(t('signUp.title'))
  const [step, setStep] = useState<Step>('details')
  const [resent, setResent] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  const registration = (values = details.getValues()) => ({
    personalNumber: values.personalNumber.trim(),
    fullName: values.fullName.trim().replace(/\s+/g, ' '),
    birthDate: parseTypedDate(values.birthDate) ?? '',
    phone: cleanPhone(values.phone),
  })

  const details = useForm({
    initialValues: { personalNumber: '', fullName: '', birthDate: '', phone: '' },
    validate: (values) => {
      const body = registration(values)
      const found: Record<string, string> = Object.fromEntries(
        Object.entries(accountProblems(body)).map(([field, key]) => [field, t(key)]),
      )
      if (body.fullName.length < 2) found.fullName = t('signUp.nameRequired')
      if (!body.birthDate) found.birthDate = t('signUp.birthDateInvalid')
      return found
    },
  })
  const confirm = useNewPasswordForm()

  // Every submission of the page; its failure is shown above the form, its fields marked.
  const send = useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) =>
      api(path, { method: 'POST', body }),
    onError: (error) => {
      const fields = fieldProblems(error)
      if (fields.size) {
        const marked = Object.fromEntries([...fields].map((f) => [f, t('signUp.checkField')]))
        ;(step === 'details' ? details : confirm).setErrors(marked)
      }
    },
  })

  const moveTo = (next: Step) => {
    setStep(next)
    details.clearErrors()
    confirm.clearErrors()
    requestAnimationFrame(() => heading.current?.focus())
  }

  const submitDetails = details.onSubmit(
    (values) => {
      send.mutate(
        { path: '/api/v1/identity/registrations', body: registration(values) },
        {
          onSuccess: () => {
            moveTo('confirm')
          },
        },
      )
    },
    (errors) => {
      send.reset()
      focusFirst(errors)
    },
  )

  const submitConfirm = confirm.onSubmit(
    (values) => {
      const body = {
        personalNumber: registration().personalNumber,
        code: values.code.trim(),
        password: values.password,
      }
      send.mutate(
        { path: '/api/v1/identity/registrations/confirm', body },
        {
          onSuccess: () => {
            moveTo('done')
          },
        },
      )
    },
    (errors) => {
      send.reset()
      focusFirst(errors)
    },
  )

  const resend = () => {
    setResent(false)
    send.mutate(
      { path: '/api/v1/identity/registrations', body: registration() },
      {
        onSuccess: () => {
          setResent(true)
        },
      },
    )
  }

  const busy = send.isPending
  return (
    <Stack className="narrow" gap="md">
      <Title order={1} ref={heading} tabIndex={-1}>
        {step === 'done' ? t('signUp.doneTitle') : t('signUp.title')}
      </Title>
      {step === 'done' ? null : (
        <p className="step-indicator">
          {t('signUp.step', { step: step === 'details' ? 1 : 2, total: 2 })}
        </p>
      )}
      {send.error ? <ErrorMessage error={send.error} focus /> : null}
      <AlreadyRegistered error={send.error} />

      {step === 'details' ? (
        <form onSubmit={submitDetails} noValidate>
          <Stack gap="md">
            <p>{t('signUp.intro')}</p>
            <PersonalNumberField autoComplete="off" {...details.getInputProps('personalNumber')} />
            <TextInput
              id="fullName"
              name="fullName"
              label={t('field.fullName')}

              description={t('signUp.fullNameHint')}
              autoComplete="name"
              {...details.getInputProps('fullName')}
              required
            />
            <TextInput
              id="birthDate"
              name="birthDate"
              label={t('field.birthDate')}

              description={t('field.dateHint')}
              inputMode="numeric"
              autoComplete="bday"
              placeholder="DD/MM/YYYY"
              {...details.getInputProps('birthDate')}
              required
            />
            <PhoneField {...details.getInputProps('phone')} />
            <Group>
              <Button type="submit" disabled={busy}>
                {busy ? t('common.sending') : t('signUp.sendCode')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}

      {step === 'confirm' ? (
        <form onSubmit={submitConfirm} noValidate>
          <Stack gap="md">
            <Alert role="status">{t('signUp.codeSent', { phone: registration().phone })}</Alert>
            {resent ? (
              <Alert role="status" color="green">
                {t('signUp.codeResent')}
              </Alert>
            ) : null}
            <NewPasswordFields field={(key) => confirm.getInputProps(key)} />
            <Group gap="sm">
              <Button type="submit" disabled={busy}>
                {busy ? t('common.sending') : t('signUp.createAccount')}
              </Button>
              <Button type="button" variant="default" disabled={busy} onClick={resend}>
                {t('signUp.resendCode')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}

      {step === 'done' ? (
        <>
          <Alert role="status" color="green">
            {t('signUp.done')}
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
