import { Badge } from '@mantine/core'
import type { ResponseOf } from '../../api/types'
import { Fact, Facts } from '../../components/Facts'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { formatVnd } from '../payments'
import { type FinesKey, finesMessages } from './messages'

export type Violation = ResponseOf<'/api/v1/fines/violations/{id}', 'get'>

/** Where a fine stands, as the resident reads it. */
export function statusKey(violation: Violation): FinesKey {
  if (violation.status === 'paid') return 'status.paid'
  if (violation.status === 'cancelled') return 'status.cancelled'
  if (violation.status === 'appealed') return 'status.appealed'
  return violation.overdue ? 'status.overdue' : 'status.unpaid'
}

const colours: Partial<Record<FinesKey, string>> = {
  'status.paid': 'green',
  'status.cancelled': 'gray',
  'status.appealed': 'blue',
  'status.overdue': 'red',
}

export function FineStatus({ violation }: { violation: Violation }) {
  const { t } = useI18n(finesMessages)
  const key = statusKey(violation)
  return (
    <Badge color={colours[key] ?? 'yellow'} variant="light">
      {t(key)}
    </Badge>
  )
}

/** The plate, the fine, where and when, and the due day of one violation. */
export function FineFacts({ violation }: { violation: Violation }) {
  const { t } = useI18n(finesMessages)
  return (
    <Facts compact>
      <Fact term={t('fact.plate')} translate="no">
        {violation.plate}
      </Fact>
      <Fact term={t('fact.fine')} translate="no">
        {formatVnd(violation.fine)}
      </Fact>
      <Fact term={t('fact.place')} translate="no">
        {violation.communeName ?? violation.communeCode}
      </Fact>
      <Fact term={t('fact.time')}>{formatDateTime(violation.occurredAt)}</Fact>
      {violation.dueOn ? <Fact term={t('fact.due')}>{formatDate(violation.dueOn)}</Fact> : null}
      <Fact term={t('fact.status')}>{t(statusKey(violation))}</Fact>
    </Facts>
  )
}
