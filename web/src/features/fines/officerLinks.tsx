import { Anchor, Group } from '@mantine/core'
import { Link } from '../../app/router'
import { useSession } from '../../app/session'
import { useI18n } from '../../i18n/i18n'
import { type FinesKey, finesMessages } from './messages'

const PAGES: { to: string; label: FinesKey; permission: string }[] = [
  { to: '/officer/fines/new', label: 'officer.new.title', permission: 'fines.record' },
  {
    to: '/officer/fines/appeals',
    label: 'officer.appeals.title',
    permission: 'fines.appeals.decide',
  },
  { to: '/officer/fines/overdue', label: 'officer.overdue.title', permission: 'fines.read' },
]

/** The police's other fines pages, those the officer may open. */
export function OfficerFinesLinks({ current }: { current: string }) {
  const { t } = useI18n(finesMessages)
  const session = useSession()
  const held = session.status === 'signed-in' ? session.account.permissions : []
  const shown = PAGES.filter((p) => p.to !== current && held.includes(p.permission))
  if (shown.length === 0) return null
  return (
    <Group component="nav" aria-label={t('officer.links')} gap="md" wrap="wrap">
      {shown.map((p) => (
        <Anchor key={p.to} component={Link} to={p.to}>
          {t(p.label)}
        </Anchor>
      ))}
    </Group>
  )
}
