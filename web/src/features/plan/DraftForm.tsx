import { Alert, Button, Fieldset, Group, Input, Paper, Stack, Text, Textarea } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ChangeEvent, SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { PlanIndicator, PlanModelDetail, PlanReport } from '../../api/types'
import { ErrorMessage } from '../../components/Status'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { planMessages } from './messages'
import { IndicatorRows, readRows, toRows } from './IndicatorRows'
import { FileLink } from './ReportView'
import { readable } from './readable'

const REPORTS = '/api/v1/plan/reports'
/** The server's limits (src/modules/plan/attachments.service.ts), checked first to spare an upload. */
const MAX_FILE_BYTES = 2 * 1_048_576
const ACCEPTED = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx'

interface Step {
  work: () => Promise<PlanReport>
  said: (report: PlanReport) => string
}

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
  const { t } = useI18n(planMessages)
  const [texts, setTexts] = useState({
    progress: report?.progress ?? '',
    obstacles: report?.obstacles ?? '',
    proposals: report?.proposals ?? '',
  })
  const [rows, setRows] = useState(() => toRows(report?.indicators ?? []))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [confirming, setConfirming] = useState(false)
  const queryClient = useQueryClient()
  // One step at a time (save, send, attach, detach): its pending state, its failure, its notice.
  const step = useMutation({
    mutationFn: async ({ work, said }: Step) => {
      const done = await work()
      return { done, notice: said(done) }
    },
    onSuccess: ({ done }) => {
      onSaved(done)
    },
    onSettled: () => {
      // The model's page and the month's list show where the report stands.
      void queryClient.invalidateQueries({
        predicate: ({ queryKey }) =>
          queryKey[0] === 'api' && String(queryKey[1]).startsWith('/api/v1/plan/models'),
      })
    },
  })

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
    setConfirming(false)
    step.mutate({ work, said })
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
    ...readable,
    id: `report-${name}`,
    name: `report-${name}`,
    value: texts[name],
    error: errors[`report-${name}`],
    maxLength: 20_000,
    autosize: true,
    minRows: 5,
    onChange: (e: ChangeEvent<HTMLTextAreaElement>) => {
      setTexts({ ...texts, [name]: e.target.value })
    },
  })
  const busy = step.isPending
  const fileError = errors['report-file']

  return (
    <Paper
      component="form"
      withBorder
      p="md"
      onSubmit={saveDraft}
      noValidate
      className="plan-draft"
    >
      <Stack gap="md" maw="40rem">
        <Textarea
          {...text('progress')}
          label={t('plan.report.progress')}
          description={t('plan.report.progressHint')}
        />
        <IndicatorRows rows={rows} errors={errors} onChange={setRows} />
        <Textarea {...text('obstacles')} label={t('plan.report.obstacles')} />
        <Textarea {...text('proposals')} label={t('plan.report.proposals')} />
        <Fieldset legend={t('plan.report.attachments')} miw={0}>
          {report?.attachments.length ? (
            <ul className="plan-files">
              {report.attachments.map((file) => (
                <li key={file.id}>
                  <FileLink reportId={report.id} file={file} />{' '}
                  <Button
                    type="button"
                    variant="subtle"
                    size="compact-sm"
                    disabled={busy}
                    onClick={() => {
                      detach(report, file.id, file.fileName)
                    }}
                  >
                    {t('plan.report.detach', { name: file.fileName })}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          {/* A native file input: the browser's own chooser, which phones and tests drive. */}
          <Input.Wrapper
            {...readable}
            id="report-file"
            label={t('plan.report.attach')}
            description={t('plan.report.attachHint')}
            error={fileError}
          >
            <input
              id="report-file"
              name="report-file"
              type="file"
              className="plan-file-input"
              // The browser's chooser shrinks to the phone's width (it would not by itself).
              style={{ display: 'block', width: '100%', maxWidth: '100%' }}
              accept={ACCEPTED}
              disabled={busy}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`report-file-description${fileError ? ' report-file-error' : ''}`}
              onChange={attach}
            />
          </Input.Wrapper>
        </Fieldset>
        {step.isError ? <ErrorMessage error={step.error} focus /> : null}
        {step.isSuccess ? (
          <Alert role="status" color="green" variant="light">
            {step.data.notice}
          </Alert>
        ) : null}
        {confirming ? (
          <Alert role="alert" color="yellow" variant="light">
            <Text>{t('plan.report.confirmText')}</Text>
            <Group mt="sm" gap="sm">
              <Button type="button" onClick={submit}>
                {t('plan.report.confirmSubmit')}
              </Button>
              <Button
                type="button"
                variant="outline"
                onClick={() => {
                  setConfirming(false)
                }}
              >
                {t('common.cancel')}
              </Button>
            </Group>
          </Alert>
        ) : (
          <Group gap="sm">
            <Button type="submit" variant="outline" disabled={busy}>
              {busy ? t('common.sending') : t('plan.report.saveDraft')}
            </Button>
            <Button
              type="button"
              disabled={busy}
              onClick={() => {
                if (content({ toSubmit: true })) setConfirming(true)
              }}
            >
              {t('plan.report.submit')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
