import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { StayDeclaration } from '../../api/types'
import { Field } from '../../components/Field'
import { ErrorMessage } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { CancelButton } from './fields'
import type { Said } from './labels'
import { vietnamWallClock, wallClockInstant } from './time'
import { staysMessages } from './messages'

type Step = 'idle' | 'check-out' | 'extend'

/** Check-out (confirmed first: a mis-tap must not end a stay) and extension of one stay. */
export function GuestActions({
  declaration,
  onDone,
}: {
  declaration: StayDeclaration
  onDone: (said: Said) => void
}) {
  const { t } = useI18n(staysMessages)
  const [step, setStep] = useState<Step>('idle')
  const [until, setUntil] = useState(() =>
    vietnamWallClock(new Date(declaration.expectedDepartureAt ?? Date.now() + 86_400_000)),
  )
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const path = `/api/v1/stays/declarations/${encodeURIComponent(declaration.id)}`
  const name = declaration.fullName

  const send = (action: 'check-out' | 'extension', body: object, done: Said) => {
    setBusy(true)
    setFailure(null)
    api<StayDeclaration>(`${path}/${action}`, { method: 'POST', body }).then(
      () => {
        setBusy(false)
        setStep('idle')
        onDone(done)
      },
      (error: unknown) => {
        setBusy(false)
        setFailure(error)
      },
    )
  }
  const extend = (event: SubmitEvent) => {
    event.preventDefault()
    const expectedDepartureAt = wallClockInstant(until)
    setProblem(expectedDepartureAt ? undefined : t('stays.timeInvalid'))
    if (expectedDepartureAt)
      send('extension', { expectedDepartureAt }, { key: 'stays.extended', params: { name } })
  }
  const cancel = (
    <CancelButton
      onClick={() => {
        setStep('idle')
        setFailure(null)
      }}
    />
  )

  return (
    <div className="stays-actions">
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {step === 'idle' ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setStep('check-out')
            }}
          >
            {t('stays.checkOut')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setStep('extend')
            }}
          >
            {t('stays.extend')}
          </button>
        </div>
      ) : null}
      {step === 'check-out' ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              send('check-out', {}, { key: 'stays.checkedOut', params: { name } })
            }}
          >
            {t('stays.confirmCheckOut', { name })}
          </button>
          {cancel}
        </div>
      ) : null}
      {step === 'extend' ? (
        <form onSubmit={extend} noValidate>
          <Field
            id={`extend-${declaration.id}`}
            type="datetime-local"
            label={t('stays.newDeparture', { name })}
            value={until}
            error={problem}
            onChange={(e) => {
              setUntil(e.target.value)
            }}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t('stays.saveExtension')}
            </button>
            {cancel}
          </div>
        </form>
      ) : null}
    </div>
  )
}
