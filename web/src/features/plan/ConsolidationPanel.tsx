import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, request } from '../../api/client'
import type { PlanConsolidation } from '../../api/types'
import { ErrorMessage, Loading } from '../../components/Status'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { formatMonth } from './labels'
import { planMessages } from './messages'

const FILES = '/api/v1/plan/consolidations'

function Consolidation({ item }: { item: PlanConsolidation }) {
  const { t } = useI18n(planMessages)
  const { models, reports } = item.totals
  return (
    <Paper component="li" withBorder p="sm" className="plan-consolidation">
      <Title order={3} size="h4">
        {t('plan.consolidation.number', { number: item.number, year: item.year })}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('plan.consolidation.issuedAt', { at: formatDateTime(item.issuedAt) })}
      </Text>
      <Text mb="sm">
        {t('plan.consolidation.totals', {
          done: models.done,
          overdue: models.overdue,
          submitted: reports.submitted + reports.late,
          expected: reports.expected,
          missing: reports.missing,
        })}
      </Text>
      <Group gap="sm">
        <Button component="a" variant="outline" href={`${FILES}/${String(item.id)}/report.pdf`}>
          {t('plan.consolidation.pdf', { number: item.number })}
        </Button>
        <Button component="a" variant="outline" href={`${FILES}/${String(item.id)}/figures.xlsx`}>
          {t('plan.consolidation.xlsx', { number: item.number })}
        </Button>
      </Group>
    </Paper>
  )
}

/**
 * The month's consolidated reports for the committee, as PDF and XLSX; the standing office issues
 * them (again, under a new number, when late reports come in).
 */
export function ConsolidationPanel({ month, canIssue }: { month: string; canIssue: boolean }) {
  const { t } = useI18n(planMessages)
  const queryClient = useQueryClient()
  const queryKey = ['plan', 'consolidations', month]
  const list = useQuery({
    queryKey,
    queryFn: async ({ signal }) =>
      (
        await request<{ consolidations: PlanConsolidation[] }>(`${FILES}?month=${month}`, {
          signal,
        })
      ).data,
  })
  const issue = useMutation({
    mutationFn: () => api<PlanConsolidation>(FILES, { method: 'POST', body: { month } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  })
  const busy = issue.isPending

  return (
    <Paper component="section" withBorder p="md" mt="lg" aria-labelledby="plan-consolidation">
      <Stack gap="sm">
        <Title order={2} id="plan-consolidation">
          {t('plan.consolidation.title', { month: formatMonth(month) })}
        </Title>
        <Text>{t('plan.consolidation.intro')}</Text>
        {canIssue ? (
          <div>
            <Button
              type="button"
              disabled={busy}
              onClick={() => {
                issue.mutate()
              }}
            >
              {busy
                ? t('common.sending')
                : t('plan.consolidation.issue', { month: formatMonth(month) })}
            </Button>
          </div>
        ) : null}
        {issue.isSuccess ? (
          <Alert role="status" color="green" variant="light">
            {t('plan.consolidation.issued', { number: issue.data.number, year: issue.data.year })}
          </Alert>
        ) : null}
        {issue.isError ? <ErrorMessage error={issue.error} focus /> : null}
        {list.isPending ? <Loading /> : null}
        {list.isError ? (
          <ErrorMessage
            error={list.error}
            onRetry={() => {
              void list.refetch()
            }}
          />
        ) : null}
        {list.isSuccess ? (
          list.data.consolidations.length ? (
            <Stack component="ul" gap="sm" p={0} className="plan-consolidations">
              {list.data.consolidations.map((item) => (
                <Consolidation key={item.id} item={item} />
              ))}
            </Stack>
          ) : (
            <p className="empty">{t('plan.consolidation.none')}</p>
          )
        ) : null}
      </Stack>
    </Paper>
  )
}
