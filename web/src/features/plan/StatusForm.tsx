import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { PlanModelDetail, PlanRecordedStatus } from '../../api/types'
import { bindFields, Field } from '../../components/Field'
import { ErrorMessage, Notice } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { statusName } from './labels'

const RECORDED: PlanRecordedStatus[] = ['not_started', 'in_progress', 'done']
const isRecorded = (value: string): value is PlanRecordedStatus =>
  (RECORDED as string[]).includes(value)

/**
 * The standing office's decision on a model's status, with the reason the history keeps; overdue
 * is not offered: it follows from the deadline.
 */
export function StatusForm({
  model,
  onChanged,
}: {
  model: PlanModelDetail
  onChanged: (model: PlanModelDetail) => void
}) {
  const { t } = useI18n()
  const [status, setStatus] = useState<PlanRecordedStatus>(model.recordedStatus)
  const [form, setForm] = useState({ reason: '' })
  const [errors, setErrors] = useState<{ reason?: string }>({})
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const [saved, setSaved] = useState(false)
  const field = bindFields(form, setForm, errors)

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    setSaved(false)
    if (!form.reason.trim()) {
      setErrors({ reason: t('plan.status.reasonRequired') })
      document.getElementById('status-reason')?.focus()
      return
    }
    setErrors({})
    setBusy(true)
    setFailure(null)
    api<PlanModelDetail>(`/api/v1/plan/models/${String(model.no)}/status`, {
      method: 'POST',
      body: { status, reason: form.reason.trim() },
    }).then(
      (changed) => {
        setBusy(false)
        setSaved(true)
        setForm({ reason: '' })
        onChanged(changed)
      },
      (error: unknown) => {
        setBusy(false)
        setFailure(error)
      },
    )
  }

  return (
    <section aria-labelledby="status-title" className="panel">
      <h2 id="status-title">{t('plan.status.formTitle')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="status-value">{t('plan.status.new')}</label>
          <select
            id="status-value"
            value={status}
            onChange={(e) => {
              if (isRecorded(e.target.value)) setStatus(e.target.value)
            }}
          >
            {RECORDED.map((s) => (
              <option key={s} value={s}>
                {statusName(t, s)}
              </option>
            ))}
          </select>
          <p className="hint">{t('plan.status.overdueHint')}</p>
        </div>
        <Field
          {...field('reason')}
          id="status-reason"
          label={t('plan.status.reason')}
          hint={t('plan.status.reasonHint')}
          maxLength={500}
          autoComplete="off"
        />
        {failure ? <ErrorMessage error={failure} focus /> : null}
        {saved ? <Notice kind="success">{t('plan.status.saved')}</Notice> : null}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('common.sending') : t('plan.status.save')}
        </button>
      </form>
    </section>
  )
}
