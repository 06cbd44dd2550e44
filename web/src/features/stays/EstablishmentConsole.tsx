import { Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Establishment } from '../../api/types'
import { Link } from '../../app/router'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Loading, Notice } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { useEstablishmentTypes } from './establishmentTypes'
import { statusLabel, typeName } from './labels'
import { staysMessages } from './messages'

export type Section = 'check-in' | 'guests' | 'register' | 'trips' | 'boarding' | 'rooming-list'

function ConsoleNav({
  establishment,
  section,
}: {
  establishment: Establishment
  section: Section
}) {
  const { t } = useI18n(staysMessages)
  const base = `/establishment/${encodeURIComponent(establishment.id)}`
  // Coach operators count seats, and declare by trip.
  const isCoach = establishment.capacityUnit === 'seat'
  const links: { section: Section; to: string; label: string }[] = [
    isCoach
      ? { section: 'trips', to: `${base}/trips`, label: t('stays.nav.trips') }
      : { section: 'check-in', to: base, label: t('stays.nav.checkIn') },
    // The ticket check (checkpoints feature): tickets bound to the chip card, model 19.
    ...(isCoach
      ? [{ section: 'boarding' as const, to: `${base}/boarding`, label: t('stays.nav.boarding') }]
      : []),
    { section: 'guests', to: `${base}/guests`, label: t('stays.nav.guests') },
    { section: 'register', to: `${base}/register`, label: t('stays.nav.register') },
    ...(isCoach
      ? []
      : [
          {
            section: 'rooming-list' as const,
            to: `${base}/rooming-list`,
            label: t('stays.nav.roomingList'),
          },
        ]),
  ]
  return (
    <nav aria-label={t('stays.nav.label')} className="stays-nav">
      <ul>
        {links.map((link) => (
          <li key={link.section}>
            <Link to={link.to} aria-current={link.section === section ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/**
 * A page of the establishment console: which establishment (the staff member's, by their grant),
 * its sections, then the page itself once the establishment is known.
 */
export function EstablishmentConsole({
  id,
  section,
  title,
  children,
}: {
  id: string
  section: Section
  title: string
  children: (establishment: Establishment) => ReactNode
}) {
  const { t, language } = useI18n(staysMessages)
  usePageTitle(title)
  const requirement = useRequirement({
    permission: 'stays.declare',
    who: 'need.who.establishmentStaff',
    how: 'need.how.establishmentStaff',
  })
  const types = useEstablishmentTypes()
  const { state, reload } = useApi<Establishment>(
    `/api/v1/stays/establishments/${encodeURIComponent(id)}`,
  )

  if (requirement.blocked)
    return (
      <>
        <Title order={1}>{title}</Title>
        {requirement.notice}
      </>
    )
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error')
    return (
      <>
        <Title order={1}>{title}</Title>
        <ErrorMessage error={state.error} onRetry={reload} />
      </>
    )
  const establishment = state.data
  return (
    <>
      <p className="stays-place">
        <strong>{establishment.name}</strong>
        <span className="hint"> · {typeName(language, types, establishment.typeCode)}</span>
      </p>
      <ConsoleNav establishment={establishment} section={section} />
      <Title order={1}>{title}</Title>
      {establishment.status === 'approved' ? null : (
        <Notice kind="warning">
          {t('stays.notApproved', { status: statusLabel(t, establishment.status) })}
        </Notice>
      )}
      {children(establishment)}
    </>
  )
}
