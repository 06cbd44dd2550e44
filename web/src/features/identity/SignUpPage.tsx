import { useRef, useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import { signInHref } from '../../app/router'
import { Field, bindFields } from '../../components/Field'
import { ErrorMessage, Notice } from '../../components/Status'
import { fieldProblems } from '../../components/errors'
import { usePageTitle } from '../../components/usePageTitle'
import { parseTypedDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { AlreadyRegistered } from './AlreadyRegistered'
import { NewPasswordFields, PersonalNumberField, PhoneField } from './NewPasswordFields'
import { NUMBER, PHONE, cleanPhone, newPasswordProblems } from './accountForms'

type Step = 'details' | 'confirm' | 'done'
type Errors = Partial<Record<string, string>>

/** Level-1 sign-up: details that must match the registry, then the code sent by SMS and a password. */
export default function SignUpPage() {
  const { t } = useI18n()
  usePageTitle(t('signUp.title'))
  const [step, setStep] = useState<Step>('details')
  const [details, setDetails] = useState({
    personalNumber: '',
    fullName: '',
    birthDate: '',
    phone: '',
  })
  const [confirm, setConfirm] = useState({ code: '', password: '', repeat: '' })
  const [errors, setErrors] = useState<Errors>({})
  const detailsField = bindFields(details, setDetails, errors)
  const confirmField = bindFields(confirm, setConfirm, errors)
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const [resent, setResent] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  const registration = () => ({
    personalNumber: details.personalNumber.trim(),
    fullName: details.fullName.trim().replace(/\s+/g, ' '),
    birthDate: parseTypedDate(details.birthDate) ?? '',
    phone: cleanPhone(details.phone),
  })

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setFailure(null)
    try {
      await action()
    } catch (error) {
      setFailure(error)
      const fields = fieldProblems(error)
      if (fields.size) {
        setErrors(Object.fromEntries([...fields].map((f) => [f, t('signUp.checkField')])))
      }
    } finally {
      setBusy(false)
    }
  }

  const moveTo = (next: Step) => {
    setStep(next)
    setErrors({})
    requestAnimationFrame(() => heading.current?.focus())
  }

  const submitDetails = (event: SubmitEvent) => {
    event.preventDefault()
    const body = registration()
    const found: Errors = {}
    if (!NUMBER.test(body.personalNumber)) found.personalNumber = t('signUp.numberInvalid')
    if (body.fullName.length < 2) found.fullName = t('signUp.nameRequired')
    if (!body.birthDate) found.birthDate = t('signUp.birthDateInvalid')
    if (!PHONE.test(body.phone)) found.phone = t('signUp.phoneInvalid')
    setErrors(found)
    setFailure(null)
    if (Object.keys(found).length) {
      document.getElementById(Object.keys(found)[0]!)?.focus()
      return
    }
    void run(async () => {
      await api('/api/v1/identity/registrations', { method: 'POST', body })
      moveTo('confirm')
    })
  }

  const submitConfirm = (event: SubmitEvent) => {
    event.preventDefault()
    const found: Errors = Object.fromEntries(
      Object.entries(newPasswordProblems(confirm)).map(([field, key]) => [field, t(key)]),
    )
    setErrors(found)
    setFailure(null)
    if (Object.keys(found).length) {
      document.getElementById(Object.keys(found)[0]!)?.focus()
      return
    }
    void run(async () => {
      await api('/api/v1/identity/registrations/confirm', {
        method: 'POST',
        body: {
          personalNumber: registration().personalNumber,
          code: confirm.code.trim(),
          password: confirm.password,
        },
      })
      moveTo('done')
    })
  }

  const resend = () => {
    setResent(false)
    void run(async () => {
      await api('/api/v1/identity/registrations', { method: 'POST', body: registration() })
      setResent(true)
    })
  }

  return (
    <div className="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {step === 'done' ? t('signUp.doneTitle') : t('signUp.title')}
      </h1>
      {step === 'done' ? null : (
        <p className="step-indicator">
          {t('signUp.step', { step: step === 'details' ? 1 : 2, total: 2 })}
        </p>
      )}
      {failure ? <ErrorMessage error={failure} focus /> : null}
      <AlreadyRegistered error={failure} />

      {step === 'details' ? (
        <form onSubmit={submitDetails} noValidate>
          <p>{t('signUp.intro')}</p>
          <PersonalNumberField autoComplete="off" {...detailsField('personalNumber')} />
          <Field
            id="fullName"
            label={t('field.fullName')}
            hint={t('signUp.fullNameHint')}
            autoComplete="name"
            {...detailsField('fullName')}
            required
          />
          <Field
            id="birthDate"
            label={t('field.birthDate')}
            hint={t('field.dateHint')}
            inputMode="numeric"
            autoComplete="bday"
            placeholder="DD/MM/YYYY"
            {...detailsField('birthDate')}
            required
          />
          <PhoneField {...detailsField('phone')} />
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('common.sending') : t('signUp.sendCode')}
          </button>
        </form>
      ) : null}

      {step === 'confirm' ? (
        <form onSubmit={submitConfirm} noValidate>
          <Notice>{t('signUp.codeSent', { phone: registration().phone })}</Notice>
          {resent ? <Notice kind="success">{t('signUp.codeResent')}</Notice> : null}
          <NewPasswordFields field={confirmField} />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('common.sending') : t('signUp.createAccount')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={resend}
            >
              {t('signUp.resendCode')}
            </button>
          </div>
        </form>
      ) : null}

      {step === 'done' ? (
        <>
          <Notice kind="success">{t('signUp.done')}</Notice>
          <a className="button" href={signInHref('/me')}>
            {t('nav.signIn')}
          </a>
        </>
      ) : null}
    </div>
  )
}
