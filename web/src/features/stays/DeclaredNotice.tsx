import { Alert, List } from '@mantine/core'
import { useEffect, useRef } from 'react'
import type { StayDeclaration } from '../../api/types'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { flagLabel } from './labels'
import { staysMessages } from './messages'

/** What the platform recorded, to tell the guests: on time or late, and anything flagged. */
export function DeclaredNotice({
  declarations,
  placeLabel,
}: {
  declarations: StayDeclaration[]
  placeLabel: string
}) {
  const { t } = useI18n(staysMessages)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [declarations])
  const first = declarations[0]
  if (!first) return null
  return (
    <Alert
      color="green"
      variant="light"
      role="status"
      tabIndex={-1}
      ref={ref}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      title={t('stays.declared', {
        count: declarations.length,
        at: formatDateTime(first.declaredAt),
      })}
    >
      <List size="sm">
        {declarations.map((d) => (
          <List.Item key={d.id}>
            {d.fullName}
            {d.room ? ` · ${placeLabel} ${d.room}` : ''}
            {d.late ? ` · ${t('stays.late')}` : ''}
            {d.flags.map((flag) => ` · ${flagLabel(t, flag)}`).join('')}
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}
