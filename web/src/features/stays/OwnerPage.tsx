import type { ReactNode } from 'react'
import type { Establishment } from '../../api/types'
import { Link } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { UnitName } from '../../components/Place'
import { ErrorMessage, Loading, Notice } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { useEstablishmentTypes } from './establishmentTypes'
import { capacityLabel, statusLabel, typeName } from './labels'
import { OwnerCredentials } from './OwnerCredentials'
import { OwnerStaff } from './OwnerStaff'
import { staysMessages } from './messages'

function Facts({ establishment: e }: { establishment: Establishment }) {
  const { t, language, number } = useI18n(staysMessages)
  const types = useEstablishmentTypes()
  const rows: [string, ReactNode][] = [
    [t('stays.owner.type'), typeName(language, types, e.typeCode)],
    [t('stays.owner.address'), e.address],
    [t('stays.owner.commune'), <UnitName key="commune" code={e.communeCode} />],
    [t('stays.owner.capacity'), `${number(e.capacity)} ${capacityLabel(t, e.capacityUnit)}`],
    [t('stays.workplace.code'), e.code],
    [t('stays.owner.status'), statusLabel(t, e.status)],
  ]
  if (e.decidedAt) rows.push([t('stays.owner.decidedAt'), formatDateTime(e.decidedAt)])
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** The owner's view of one establishment: the police's decision, then staff and API access. */
export default function OwnerPage({ params }: PageProps) {
  const { t } = useI18n(staysMessages)
  usePageTitle(t('stays.owner.manage'))
  const { state, reload } = useApi<Establishment[]>('/api/v1/stays/establishments/mine')
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  const establishment = state.data.find((e) => e.id === params.id)
  if (!establishment)
    return (
      <>
        <h1>{t('stays.owner.manage')}</h1>
        <p className="empty">{t('stays.owner.notYours')}</p>
        <Link to="/establishment">{t('stays.establishments.title')}</Link>
      </>
    )
  return (
    <>
      <h1>{establishment.name}</h1>
      {establishment.status === 'pending' ? <Notice>{t('stays.owner.pending')}</Notice> : null}
      {establishment.status === 'refused' ? (
        <Notice kind="warning">
          {t('stays.owner.refused', { reason: establishment.decisionReason ?? '' })}
        </Notice>
      ) : null}
      <Facts establishment={establishment} />
      {establishment.status === 'approved' ? (
        <>
          <p className="actions">
            <Link className="button" to={`/establishment/${encodeURIComponent(establishment.id)}`}>
              {t('stays.owner.openConsole')}
            </Link>
          </p>
          <OwnerStaff establishmentId={establishment.id} />
          <OwnerCredentials
            establishmentId={establishment.id}
            clientId={establishment.ssoClientId}
          />
        </>
      ) : null}
    </>
  )
}
