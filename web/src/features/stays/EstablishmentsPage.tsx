import type { Establishment } from '../../api/types'
import { Link } from '../../app/router'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { useEstablishmentTypes } from './establishmentTypes'
import { statusLabel, typeName } from './labels'
import { staysMessages } from './messages'

const consolePath = (id: string): string => `/establishment/${encodeURIComponent(id)}`

function MyEstablishments() {
  const { t, language } = useI18n(staysMessages)
  const types = useEstablishmentTypes()
  const { state, reload } = useApi<Establishment[]>('/api/v1/stays/establishments/mine')
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  if (!state.data.length) return <p className="empty">{t('stays.owner.none')}</p>
  return (
    <ul className="stays-cards" aria-label={t('stays.owner.mine')}>
      {state.data.map((e) => (
        <li key={e.id} className="stays-card">
          <h3>{e.name}</h3>
          <p className="hint">
            {typeName(language, types, e.typeCode)} · {e.address}
          </p>
          <p>
            <span className={`stays-status stays-status-${e.status}`}>
              {statusLabel(t, e.status)}
            </span>
          </p>
          {e.status === 'refused' && e.decisionReason ? (
            <p>{t('stays.owner.reason', { reason: e.decisionReason })}</p>
          ) : null}
          <div className="actions">
            {e.status === 'approved' ? (
              <Link className="button" to={consolePath(e.id)}>
                {t('stays.owner.openConsole')}
              </Link>
            ) : null}
            <Link className="button button-secondary" to={`${consolePath(e.id)}/owner`}>
              {t('stays.owner.manage')}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  )
}

/** Where the signed-in person declares guests, from their staff grants. */
function Workplaces() {
  const { t } = useI18n(staysMessages)
  const { state, reload } = useApi<Establishment[]>('/api/v1/stays/establishments/workplaces')
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  if (!state.data.length) return <p className="empty">{t('stays.workplace.none')}</p>
  return (
    <ul className="stays-links">
      {state.data.map((w) => (
        <li key={w.id}>
          <Link to={consolePath(w.id)}>
            {w.name} · {t('stays.workplace.open')}
          </Link>
        </li>
      ))}
    </ul>
  )
}

/**
 * Accommodation declaration for the people who run a place: the owner's establishments (to
 * register, follow the police's decision, name staff) and the console of the place one works at.
 */
export default function EstablishmentsPage() {
  const { t } = useI18n(staysMessages)
  usePageTitle(t('stays.establishments.title'))
  return (
    <>
      <h1>{t('stays.establishments.title')}</h1>
      <p>{t('stays.establishments.intro')}</p>
      <section aria-labelledby="workplace-title" className="panel">
        <h2 id="workplace-title">{t('stays.workplace.title')}</h2>
        <Workplaces />
      </section>
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t('stays.owner.mine')}</h2>
        <MyEstablishments />
        <Link className="button" to="/establishment/new">
          {t('stays.owner.register')}
        </Link>
      </section>
    </>
  )
}
