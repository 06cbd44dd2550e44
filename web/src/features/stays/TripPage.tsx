import { useState } from 'react'
import type { SubmitEvent } from 'react'
import type { StayDeclaration, StaysDeclared, TripManifest } from '../../api/types'
import type { PageProps } from '../../app/routes'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { DeclaredNotice } from './DeclaredNotice'
import { EstablishmentConsole } from './EstablishmentConsole'
import { GuestDraftList } from './GuestDraftList'
import { GuestPicker } from './GuestPicker'
import { toGuestInputs } from './guests'
import { useOnceSubmission } from './idempotency'
import { flagLabel } from './labels'
import { StayErrorMessage } from './StayErrorMessage'
import { vietnamToday } from './time'
import { useGuestDrafts } from './useGuestDrafts'
import { staysMessages } from './messages'

function Manifest({ manifest }: { manifest: TripManifest }) {
  const { t, number } = useI18n(staysMessages)
  const { trip, passengers } = manifest
  return (
    <section aria-labelledby="manifest-title">
      <h2 id="manifest-title">
        {t('stays.trip.manifest', {
          passengers: number(passengers.length),
          seats: number(trip.seats),
        })}
      </h2>
      {passengers.length ? (
        <ol className="stays-manifest">
          {passengers.map((p) => (
            <li key={p.declarationId}>
              <strong>
                {p.seat ? `${t('stays.place.seat')} ${p.seat} · ` : ''}
                {p.fullName}
              </strong>
              <span className="hint">
                {' '}
                <span className="mono">{p.personalNumber ?? p.passportNumber}</span> ·{' '}
                {formatDate(p.birthDate)} · {t('stays.trip.boardedAt')}{' '}
                {formatDateTime(p.boardedAt)}
                {p.flags.map((flag) => ` · ${flagLabel(t, flag)}`).join('')}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">{t('stays.trip.noPassengers')}</p>
      )}
    </section>
  )
}

function Boarding({ tripId, onBoarded }: { tripId: string; onBoarded: () => void }) {
  const { t } = useI18n(staysMessages)
  const guests = useGuestDrafts()
  const { drafts } = guests
  const [boarded, setBoarded] = useState<StayDeclaration[] | null>(null)
  const submission = useOnceSubmission<StaysDeclared>()
  const { busy, failure } = submission
  const seat = t('stays.place.seat')

  const send = () => {
    if (!drafts.length) return
    const body = { guests: toGuestInputs(drafts) }
    submission.submit(
      { path: `/api/v1/stays/trips/${encodeURIComponent(tripId)}/passengers`, body },
      (result) => {
        setBoarded(result.declarations)
        guests.clear()
        onBoarded()
      },
    )
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    send()
  }
  return (
    <>
      {boarded ? <DeclaredNotice declarations={boarded} placeLabel={seat} /> : null}
      <GuestPicker
        drafts={drafts}
        onAdd={(draft) => {
          setBoarded(null)
          guests.add(draft)
        }}
      />
      <form onSubmit={submit} noValidate className="panel" aria-labelledby="boarding-title">
        <h2 id="boarding-title">{t('stays.trip.boarding', { count: drafts.length })}</h2>
        <GuestDraftList
          drafts={drafts}
          onChange={guests.change}
          onRemove={guests.remove}
          arrivalDay={vietnamToday()}
          placeLabel={seat}
        />
        {failure ? (
          <StayErrorMessage error={failure} guestName={(i) => drafts[i]?.fullName} onRetry={send} />
        ) : null}
        <button type="submit" className="button" disabled={busy || !drafts.length}>
          {busy ? t('common.sending') : t('stays.trip.board', { count: drafts.length })}
        </button>
      </form>
    </>
  )
}

function Trip({ tripId }: { tripId: string }) {
  const { t } = useI18n(staysMessages)
  const { state, reload } = useApi<TripManifest>(
    `/api/v1/stays/trips/${encodeURIComponent(tripId)}/manifest`,
  )
  return (
    <>
      {state.status === 'ok' ? (
        <p className="lead">
          {state.data.trip.route} · <span className="mono">{state.data.trip.vehiclePlate}</span> ·{' '}
          {formatDateTime(state.data.trip.departureAt)}
        </p>
      ) : null}
      <Boarding tripId={tripId} onBoarded={reload} />
      {state.status === 'loading' ? <Loading label={t('stays.trip.loadingManifest')} /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ok' ? <Manifest manifest={state.data} /> : null}
    </>
  )
}

/** One trip: scan each passenger as they board; the manifest grows under the scanner. */
export default function TripPage({ params }: PageProps) {
  const { t } = useI18n(staysMessages)
  return (
    <EstablishmentConsole id={params.id ?? ''} section="trips" title={t('stays.trip.title')}>
      {() => <Trip tripId={params.tripId ?? ''} />}
    </EstablishmentConsole>
  )
}
