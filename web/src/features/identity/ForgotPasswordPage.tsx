import { useRef, useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import { signInHref } from '../../app/router'
import { bindFields } from '../../components/Field'
import { ErrorMessage, Notice } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { NewPasswordFields, PersonalNumberField, PhoneField } from './NewPasswordFields'
import { NUMBER, PHONE, cleanPhone, newPasswordProblems } from './accountForms'

type Step = 'request' | 'reset' | 'done'
type Errors = Partial<Record<string, string>>

/**
 * A forgotten password: the personal number and the account's phone, then the code sent to that
 * phone and a new password. The platform says the same whether or not the details matched.
 */
export default function ForgotPasswordPage() {
  const { t } = useI18n()
  usePageTitle(t('forgot.title'))
  const [step, setStep] = useState<Step>('request')
  const [who, setWho] = useState({ personalNumber: '', phone: '' })
  const [reset, setReset] = useState({ code: '', password: '', repeat: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const whoField = bindFields(who, setWho, errors)
  const resetField = bindFields(reset, setReset, errors)
  const account = () => ({
    personalNumber: who.personalNumber.trim(),
    phone: cleanPhone(who.phone),
  })

  /** Shows what the person must correct, or asks the platform when nothing is left. */
  const submit = (found: Errors, action: () => Promise<Step>) => {
    setErrors(found)
    setFailure(null)
    const first = Object.keys(found)[0]
    if (first) {
      document.getElementById(first)?.focus()
      return
    }
    setBusy(true)
    action()
      .then((next) => {
        setStep(next)
        requestAnimationFrame(() => heading.current?.focus())
      })
      .catch(setFailure)
      .finally(() => {
        setBusy(false)
      })
  }

  const submitRequest = (event: SubmitEvent) => {
    event.preventDefault()
    const body = account()
    const found: Errors = {}
    if (!NUMBER.test(body.personalNumber)) found.personalNumber = t('signUp.numberInvalid')
    if (!PHONE.test(body.phone)) found.phone = t('signUp.phoneInvalid')
    submit(found, async () => {
      await api('/api/v1/identity/password-resets', { method: 'POST', body })
      return 'reset'
    })
  }

  const submitReset = (event: SubmitEvent) => {
    event.preventDefault()
    const problems = Object.entries(newPasswordProblems(reset))
    submit(Object.fromEntries(problems.map(([field, key]) => [field, t(key)])), async () => {
      const { personalNumber } = account()
      const body = { personalNumber, code: reset.code.trim(), password: reset.password }
      await api('/api/v1/identity/password-resets/confirm', { method: 'POST', body })
      return 'done'
    })
  }

  return (
    <div className="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {step === 'done' ? t('forgot.doneTitle') : t('forgot.title')}
      </h1>
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {step === 'request' ? (
        <form onSubmit={submitRequest} noValidate>
          <p>{t('forgot.intro')}</p>
          <PersonalNumberField autoComplete="username" {...whoField('personalNumber')} />
          <PhoneField {...whoField('phone')} />
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('common.sending') : t('signUp.sendCode')}
          </button>
        </form>
      ) : null}
      {step === 'reset' ? (
        <form onSubmit={submitReset} noValidate>
          <Notice>{t('forgot.codeSent', { phone: account().phone })}</Notice>
          <NewPasswordFields field={resetField} />
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('common.sending') : t('forgot.save')}
          </button>
        </form>
      ) : null}
      {step === 'done' ? (
        <>
          <Notice kind="success">{t('forgot.done')}</Notice>
          <a className="button" href={signInHref('/me')}>
            {t('nav.signIn')}
          </a>
        </>
      ) : null}
    </div>
  )
}
