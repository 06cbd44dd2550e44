import { useState } from 'react'
import type { SubmitEvent } from 'react'
import type { CoachTrip, Establishment } from '../../api/types'
import { Link, navigate } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { bindFields } from '../../components/Field'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { EstablishmentConsole } from './EstablishmentConsole'
import { useOnceSubmission } from './idempotency'
import { wallClockInstant } from './time'
import { staysMessages } from './messages'
import { Field } from './ui'

type TripForm = {
  route: string
  vehiclePlate: string
  departureAt: string
  arrivalAt: string
  seats: string
}
const EMPTY: TripForm = { route: '', vehiclePlate: '', departureAt: '', arrivalAt: '', seats: '' }

function NewTrip({ establishment }: { establishment: Establishment }) {
  const { t } = useI18n(staysMessages)
  const [form, setForm] = useState<TripForm>(EMPTY)
  const [errors, setErrors] = useState<Partial<Record<keyof TripForm, string>>>({})
  // The same trip sent again (a lost answer) keeps its key: the operator gets one trip, not two.
  const submission = useOnceSubmission<CoachTrip>()
  const { busy, failure } = submission
  const field = bindFields(form, setForm, errors)

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const departureAt = wallClockInstant(form.departureAt)
    const arrivalAt = wallClockInstant(form.arrivalAt)
    const seats = Number(form.seats)
    const found: typeof errors = {}
    if (form.route.trim().length < 3) found.route = t('stays.trip.routeRequired')
    if (form.vehiclePlate.trim().length < 5) found.vehiclePlate = t('stays.trip.plateInvalid')
    if (!departureAt) found.departureAt = t('stays.timeInvalid')
    if (!arrivalAt) found.arrivalAt = t('stays.timeInvalid')
    else if (departureAt && Date.parse(arrivalAt) <= Date.parse(departureAt))
      found.arrivalAt = t('stays.trip.arrivalBeforeDeparture')
    if (!Number.isInteger(seats) || seats < 1 || seats > 100)
      found.seats = t('stays.trip.seatsInvalid')
    setErrors(found)
    const first = Object.keys(found)[0]
    if (first) {
      document.getElementById(`trip-${first}`)?.focus()
      return
    }
    submission.submit(
      {
        path: `/api/v1/stays/establishments/${encodeURIComponent(establishment.id)}/trips`,
        body: {
          route: form.route.trim(),
          vehiclePlate: form.vehiclePlate.trim().toUpperCase(),
          departureAt,
          arrivalAt,
          seats,
        },
      },
      (trip) => {
        navigate(`/establishment/${encodeURIComponent(establishment.id)}/trips/${trip.id}`)
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="new-trip-title">
      <h2 id="new-trip-title">{t('stays.trip.new')}</h2>
      <Field
        {...field('route')}
        id="trip-route"
        label={t('stays.trip.route')}
        hint={t('stays.trip.routeHint')}
      />
      <Field
        {...field('vehiclePlate')}
        id="trip-vehiclePlate"
        label={t('stays.trip.plate')}
        hint={t('stays.trip.plateHint')}
        autoCapitalize="characters"
        autoComplete="off"
      />
      <Field
        {...field('departureAt')}
        id="trip-departureAt"
        type="datetime-local"
        label={t('stays.trip.departureAt')}
      />
      <Field
        {...field('arrivalAt')}
        id="trip-arrivalAt"
        type="datetime-local"
        label={t('stays.trip.arrivalAt')}
      />
      <Field
        {...field('seats')}
        id="trip-seats"
        inputMode="numeric"
        label={t('stays.trip.seats')}
      />
      {failure ? <ErrorMessage error={failure} focus /> : null}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('common.sending') : t('stays.trip.create')}
      </button>
    </form>
  )
}

function TripList({ establishment }: { establishment: Establishment }) {
  const { t, number } = useI18n(staysMessages)
  const base = `/establishment/${encodeURIComponent(establishment.id)}/trips`
  const { state, reload } = useApi<{ trips: CoachTrip[] }>(
    `/api/v1/stays/establishments/${encodeURIComponent(establishment.id)}/trips`,
  )
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  if (!state.data.trips.length) return <p className="empty">{t('stays.trip.none')}</p>
  return (
    <ul className="stays-cards" aria-label={t('stays.trip.list')}>
      {state.data.trips.map((trip) => (
        <li key={trip.id} className="stays-card">
          <h3>
            <Link to={`${base}/${trip.id}`}>{trip.route}</Link>
          </h3>
          <p>
            <span className="mono">{trip.vehiclePlate}</span> · {formatDateTime(trip.departureAt)} →{' '}
            {formatDateTime(trip.arrivalAt)}
          </p>
          <p className="hint">
            {t('stays.trip.occupancy', {
              passengers: number(trip.passengers),
              seats: number(trip.seats),
            })}
          </p>
        </li>
      ))}
    </ul>
  )
}

/** A coach operator's trips, latest departure first, and a new trip. */
export default function TripsPage({ params }: PageProps) {
  const { t } = useI18n(staysMessages)
  return (
    <EstablishmentConsole id={params.id ?? ''} section="trips" title={t('stays.nav.trips')}>
      {(establishment) => (
        <>
          <TripList establishment={establishment} />
          <NewTrip establishment={establishment} />
        </>
      )}
    </EstablishmentConsole>
  )
}
