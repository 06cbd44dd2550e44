import { useState } from 'react'
import { api } from '../../api/client'
import type { LiveDeclared, StayDeclaration, StayDeclarationPage } from '../../api/types'
import { ErrorMessage } from '../../components/Status'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { DeclarationCard, DeclarationList } from './DeclarationCard'
import { Toggle } from './fields'
import { flagLabel } from './labels'
import { usePages } from './usePages'
import { staysMessages } from './messages'

type GuestKind = '' | 'citizen' | 'foreigner'

/** A new declaration as the stream tells it (no names); its details are an audited read. */
function LiveRow({ live, purpose }: { live: LiveDeclared; purpose: string }) {
  const { t } = useI18n(staysMessages)
  const [shown, setShown] = useState<StayDeclaration | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const open = () => {
    setBusy(true)
    setFailure(null)
    api<StayDeclaration>(
      `/api/v1/stays/declarations/${encodeURIComponent(live.declarationId)}?purpose=${purpose}`,
    ).then(
      (declaration) => {
        setBusy(false)
        setShown(declaration)
      },
      (error: unknown) => {
        setBusy(false)
        setFailure(error)
      },
    )
  }
  if (shown)
    return <DeclarationCard declaration={shown} placeLabel={t('stays.place.any')} showPlace />
  return (
    <li className="stays-card stays-live-row">
      <p>
        <strong>{live.establishment.name}</strong> ·{' '}
        {live.guestKind === 'foreigner' ? t('stays.kind.foreigner') : t('stays.kind.citizen')} ·{' '}
        {t('stays.arrivalAt')} {formatDateTime(live.arrivalAt)}
        {live.late ? <span className="stays-tag stays-tag-late">{t('stays.late')}</span> : null}
        {live.flags.map((flag) => (
          <span key={flag} className="stays-tag stays-tag-flag">
            {flagLabel(t, flag)}
          </span>
        ))}
      </p>
      {failure ? <ErrorMessage error={failure} /> : null}
      <button type="button" className="button button-secondary" disabled={busy} onClick={open}>
        {t('police.showDetails')}
      </button>
    </li>
  )
}

function KindFilter({
  value,
  onChange,
}: {
  value: GuestKind
  onChange: (kind: GuestKind) => void
}) {
  const { t } = useI18n(staysMessages)
  return (
    <div className="field">
      <label htmlFor="guest-kind">{t('police.guestKind')}</label>
      <select
        id="guest-kind"
        value={value}
        onChange={(e) => {
          const kind = e.target.value
          onChange(kind === 'citizen' || kind === 'foreigner' ? kind : '')
        }}
      >
        <option value="">{t('police.allGuests')}</option>
        <option value="citizen">{t('stays.kind.citizen')}</option>
        <option value="foreigner">{t('stays.kind.foreigner')}</option>
      </select>
    </div>
  )
}

/**
 * Declarations in the officer's jurisdiction (or, with `current`, the guests staying now),
 * newest first, with what arrived live since the page opened on top.
 */
export function PoliceDeclarations({
  purpose,
  live,
  current = false,
}: {
  purpose: string
  live: LiveDeclared[]
  current?: boolean
}) {
  const { t } = useI18n(staysMessages)
  const [kind, setKind] = useState<GuestKind>('')
  const [lateOnly, setLateOnly] = useState(false)
  const query = new URLSearchParams({ purpose, limit: '50' })
  if (kind) query.set('guestKind', kind)
  if (lateOnly && !current) query.set('late', 'true')
  const list = usePages<StayDeclarationPage>(
    `/api/v1/stays/police/${current ? 'guests' : 'declarations'}?${query.toString()}`,
  )
  return (
    <>
      <form
        className="panel stays-filters"
        onSubmit={(e) => {
          e.preventDefault()
        }}
      >
        <KindFilter value={kind} onChange={setKind} />
        {current ? null : (
          <Toggle checked={lateOnly} onChange={setLateOnly}>
            {t('stays.lateOnly')}
          </Toggle>
        )}
      </form>
      {live.length && !current ? (
        <section aria-labelledby="live-title">
          <h3 id="live-title">{t('police.liveTitle', { count: live.length })}</h3>
          <ul className="stays-cards">
            {live.map((l) => (
              <LiveRow key={l.declarationId} live={l} purpose={purpose} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="list-title">
        <h3 id="list-title">{current ? t('police.currentGuests') : t('police.declarations')}</h3>
        <DeclarationList
          list={list}
          label={current ? t('police.currentGuests') : t('police.declarations')}
          emptyText={t('stays.noDeclarations')}
          placeLabel={t('stays.place.any')}
          showPlace
        />
      </section>
    </>
  )
}
