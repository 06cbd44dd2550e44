import { Alert, Button, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { api } from '../../api/client'
import type { PlanModelDetail, PlanRecordedStatus } from '../../api/types'
import { ErrorMessage } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { statusName } from './labels'
import { planMessages } from './messages'
import { readable } from './readable'

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
  const { t } = useI18n(planMessages)
  const form = useForm({
    mode: 'controlled',
    initialValues: { status: model.recordedStatus, reason: '' },
    validate: {
      reason: (value: string) => (value.trim() ? null : t('plan.status.reasonRequired')),
    },
    validateInputOnBlur: false,
  })
  const change = useMutation({
    mutationFn: (values: { status: PlanRecordedStatus; reason: string }) =>
      api<PlanModelDetail>(`/api/v1/plan/models/${String(model.no)}/status`, {
        method: 'POST',
        body: { status: values.status, reason: values.reason.trim() },
      }),
    onSuccess: (changed) => {
      form.setFieldValue('reason', '')
      onChanged(changed)
    },
  })
  const busy = change.isPending

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="status-title">
      <Title order={2} id="status-title">
        {t('plan.status.formTitle')}
      </Title>
      <form
        noValidate
        onSubmit={form.onSubmit(
          (values) => {
            change.mutate(values)
          },
          () => {
            change.reset()
            document.getElementById('status-reason')?.focus()
          },
        )}
      >
        <Stack gap="sm" maw="40rem">
          <NativeSelect
            {...readable}
            id="status-value"
            label={t('plan.status.new')}
            description={t('plan.status.overdueHint')}
            data={RECORDED.map((s) => ({ value: s, label: statusName(t, s) }))}
            {...form.getInputProps('status')}
            onChange={(event) => {
              if (isRecorded(event.currentTarget.value))
                form.setFieldValue('status', event.currentTarget.value)
            }}
          />
          <TextInput
            {...readable}
            id="status-reason"
            label={t('plan.status.reason')}
            description={t('plan.status.reasonHint')}
            maxLength={500}
            autoComplete="off"
            {...form.getInputProps('reason')}
          />
          {change.isError ? <ErrorMessage error={change.error} focus /> : null}
          {change.isSuccess ? (
            <Alert role="status" color="green" variant="light">
              {t('plan.status.saved')}
            </Alert>
          ) : null}
          <div>
            <Button type="submit" disabled={busy}>
              {busy ? t('common.sending') : t('plan.status.save')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  )
}
