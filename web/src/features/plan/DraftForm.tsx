import { useState } from 'react'
import type { ChangeEvent, SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { PlanIndicator, PlanModelDetail, PlanReport } from '../../api/types'
import { Field } from '../../components/Field'
import { ErrorMessage, Notice } from '../../components/Status'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { IndicatorRows, readRows, toRows } from './IndicatorRows'
import { FileLink } from './ReportView'
import { TextArea } from './TextArea'

const REPORTS = '/api/v1/plan/reports'
/** The server's limits (src/modules/plan/attachments.service.ts), checked first to spare an upload. */
const MAX_FILE_BYTES = 2 * 1_048_576
const ACCEPTED = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx'

interface Content {
  progress: string
  obstacles: string
  proposals: string
  indicators: PlanIndicator[]
}

const focusField = (id: string | undefined) => {
  if (id) document.getElementById(id)?.focus()
}

/**
 * A draft of a lead agency's monthly report: saved and resumed as often as needed, then sent
 * once (it cannot change afterwards); files go with the draft. The server decides every refusal
 * (a closed month, another agency's model) and its message is shown as it says it.
 */
export function DraftForm({
  model,
  month,
  agencyCode,
  report,
  onSaved,
}: {
  model: PlanModelDetail
  month: string
  agencyCode: string
  report: PlanReport | undefined
  onSaved: (report: PlanReport) => void
}) {
  const { t } = useI18n()
  const [texts, setTexts] = useState({
    progress: report?.progress ?? '',
    obstacles: report?.obstacles ?? '',
    proposals: report?.proposals ?? '',
  })
  const [rows, setRows] = useState(() => toRows(report?.indicators ?? []))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [stage, setStage] = useState<'idle' | 'busy' | 'confirm'>('idle')
  const [failure, setFailure] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)

  /** The form as the API takes it, or undefined with the problems shown. */
  const content = (options: { toSubmit?: boolean } = {}): Content | undefined => {
    const read = readRows(t, rows)
    const found = { ...read.errors }
    if (options.toSubmit && !texts.progress.trim())
      found['report-progress'] = t('plan.report.progressRequired')
    setErrors(found)
    if (Object.keys(found).length) {
      // The first problem in the form's order: the progress text comes before the figures.
      focusField(['report-progress', ...Object.keys(read.errors)].find((id) => id in found))
      return undefined
    }
    return { ...texts, indicators: read.indicators }
  }

  const save = async (body: Content): Promise<PlanReport> => {
    const saved = report
      ? await api<PlanReport>(`${REPORTS}/${String(report.id)}`, { method: 'PUT', body })
      : await api<PlanReport>(REPORTS, {
          method: 'POST',
          body: { modelNo: model.no, month, agencyCode, ...body },
        })
    onSaved(saved)
    return saved
  }

  const run = (work: () => Promise<PlanReport>, said: (report: PlanReport) => string) => {
    setStage('busy')
    setFailure(null)
    setNotice(null)
    work().then(
      (done) => {
        setStage('idle')
        setNotice(said(done))
        onSaved(done)
      },
      (error: unknown) => {
        setStage('idle')
        setFailure(error)
      },
    )
  }

  const saveDraft = (event: SubmitEvent) => {
    event.preventDefault()
    const body = content()
    if (body)
      run(
        () => save(body),
        (saved) => t('plan.report.saved', { at: formatDateTime(saved.updatedAt) }),
      )
  }

  const submit = () => {
    const body = content({ toSubmit: true })
    if (!body) return
    run(
      async () => {
        const saved = await save(body)
        return api<PlanReport>(`${REPORTS}/${String(saved.id)}/submission`, { method: 'POST' })
      },
      () => t('plan.report.submittedNotice'),
    )
  }

  const attach = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    if (file.size > MAX_FILE_BYTES) {
      setErrors({ 'report-file': t('plan.report.fileTooLarge') })
      return
    }
    const body = report ? null : content()
    if (!report && !body) return
    run(
      async () => {
        const target = report ?? (await save(body!))
        const base = `${REPORTS}/${String(target.id)}`
        await api(`${base}/attachments?name=${encodeURIComponent(file.name)}`, {
          method: 'POST',
          body: file,
        })
        return api<PlanReport>(base)
      },
      () => t('plan.report.attached', { name: file.name }),
    )
  }

  const detach = (saved: PlanReport, id: number, name: string) => {
    const base = `${REPORTS}/${String(saved.id)}`
    run(
      async () => {
        await api(`${base}/attachments/${String(id)}`, { method: 'DELETE' })
        return api<PlanReport>(base)
      },
      () => t('plan.report.detached', { name }),
    )
  }

  const text = (name: keyof typeof texts) => ({
    id: `report-${name}`,
    value: texts[name],
    error: errors[`report-${name}`],
    maxLength: 20_000,
    onChange: (e: ChangeEvent<HTMLTextAreaElement>) => {
      setTexts({ ...texts, [name]: e.target.value })
    },
  })
  const busy = stage === 'busy'

  return (
    <form onSubmit={saveDraft} noValidate className="panel plan-draft">
      <TextArea
        {...text('progress')}
        label={t('plan.report.progress')}
        hint={t('plan.report.progressHint')}
      />
      <IndicatorRows rows={rows} errors={errors} onChange={setRows} />
      <TextArea {...text('obstacles')} label={t('plan.report.obstacles')} />
      <TextArea {...text('proposals')} label={t('plan.report.proposals')} />
      <fieldset>
        <legend>{t('plan.report.attachments')}</legend>
        {report?.attachments.length ? (
          <ul className="plan-files">
            {report.attachments.map((file) => (
              <li key={file.id}>
                <FileLink reportId={report.id} file={file} />{' '}
                <button
                  type="button"
                  className="button-link"
                  disabled={busy}
                  onClick={() => {
                    detach(report, file.id, file.fileName)
                  }}
                >
                  {t('plan.report.detach', { name: file.fileName })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <Field
          id="report-file"
          type="file"
          label={t('plan.report.attach')}
          hint={t('plan.report.attachHint')}
          accept={ACCEPTED}
          error={errors['report-file']}
          disabled={busy}
          onChange={attach}
        />
      </fieldset>
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {notice ? <Notice kind="success">{notice}</Notice> : null}
      {stage === 'confirm' ? (
        <div className="alert alert-warning" role="alert">
          <p>{t('plan.report.confirmText')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={submit}>
              {t('plan.report.confirmSubmit')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setStage('idle')
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="submit" className="button button-secondary" disabled={busy}>
            {busy ? t('common.sending') : t('plan.report.saveDraft')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              if (content({ toSubmit: true })) setStage('confirm')
            }}
          >
            {t('plan.report.submit')}
          </button>
        </div>
      )}
    </form>
  )
}
