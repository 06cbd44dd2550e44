import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platformQuery } from '../../api/client'
import type { CoachTrip, Establishment } from '../../api/types'
import { Link, navigate } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { bindFields } from '../../components/Field'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { EstablishmentConsole } from './EstablishmentConsole'
import { useOnceSubmission } from './idempotency'
import { wallClockInstant } from './time'
import { staysMessages } from './messages'
import { Field, FormPanel } from './ui'

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
    <FormPanel id="new-trip-title" title={t('stays.trip.new')} onSubmit={submit}>
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
      <Button type="submit" disabled={busy} style={{ alignSelf: 'flex-start' }}>
        {busy ? t('common.sending') : t('stays.trip.create')}
      </Button>
    </FormPanel>
  )
}

function TripList({ establishment }: { establishment: Establishment }) {
  const { t, number } = useI18n(staysMessages)
  const base = `/establishment/${encodeURIComponent(establishment.id)}/trips`
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/stays/establishments/{id}/trips', {
      params: { path: { id: establishment.id } },
    }),
  )
  return (
    <Loaded
      loaded={{ state, reload }}
      empty={<Text fs="italic">{t('stays.trip.none')}</Text>}
      isEmpty={(data) => !data.trips.length}
    >
      {(data) => (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('stays.trip.list')}>
          {data.trips.map((trip) => (
            <Paper component="li" key={trip.id} withBorder p="md">
              <Title order={3} size="h4" mb={4} style={{ overflowWrap: 'anywhere' }}>
                <Anchor component={Link} to={`${base}/${trip.id}`} inherit>
                  {trip.route}
                </Anchor>
              </Title>
              <Text>
                <Text span ff="monospace">
                  {trip.vehiclePlate}
                </Text>{' '}
                · {formatDateTime(trip.departureAt)} → {formatDateTime(trip.arrivalAt)}
              </Text>
              <Text size="sm">
                {t('stays.trip.occupancy', {
                  passengers: number(trip.passengers),
                  seats: number(trip.seats),
                })}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Loaded>
  )
}

/** A coach operator's trips, latest departure first, and a new trip. */
export default function TripsPage({ params }: PageProps) {
  const { t } = useI18n(staysMessages)
  return (
    <EstablishmentConsole id={params.id ?? ''} section="trips" title={t('stays.nav.trips')}>
      {(establishment) => (
        <Stack gap="md">
          <TripList establishment={establishment} />
          <NewTrip establishment={establishment} />
        </Stack>
      )}
    </EstablishmentConsole>
  )
}
