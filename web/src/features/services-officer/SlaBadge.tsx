import { Badge } from '@mantine/core'
import { useI18n } from '../../i18n/i18n'
import { officerMessages } from './messages'

export type Sla = 'on_time' | 'due_soon' | 'overdue'

const COLORS: Record<Sla, string> = { on_time: 'green', due_soon: 'yellow', overdue: 'red' }
// The shape says it too: colour is never the only sign.
const MARKS: Record<Sla, string> = { on_time: '●', due_soon: '▲', overdue: '■' }

/** The time-limit state as a badge with its words, not colour alone. */
export function SlaBadge({ sla }: { sla: Sla }) {
  const { t } = useI18n(officerMessages)
  return (
    <Badge color={COLORS[sla]} variant={sla === 'on_time' ? 'light' : 'filled'} autoContrast>
      <span aria-hidden="true">{MARKS[sla]} </span>
      {t(`sla.${sla}`)}
    </Badge>
  )
}
