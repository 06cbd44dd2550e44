import {
  Button,
  Card,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState, type SubmitEvent } from 'react'
import { platform, platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { Loaded } from '../../components/Loaded'
import { useRequirement } from '../../components/Requirement'
import { ScanForm } from '../../components/ScanForm'
import { ErrorMessage, Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { BoardedVerdict, RefusedVerdict } from './BoardingVerdict'
import { checkpointsMessages } from './messages'
import { scanLabels } from './scanLabels'

type Trip = ResponseOf<'/api/v1/checkpoints/train-trips', 'get'>['trips'][number]
type Station = ResponseOf<'/api/v1/checkpoints/stations', 'get'>['stations'][number]
type TrainBoarding = ResponseOf<'/api/v1/checkpoints/train-trips/{id}/boardings', 'post'>

/** Boarded counts move as passengers pass the gate: asked again this often. */
const REFRESH_MS = 10_000

/**
 * A railway operator's trains (model 19): its trips with tickets sold and boarded, a new trip,
 * tickets issued to personal numbers, and the check at the station's gate by chip card or QR.
 */
export default function TrainsPage() {
  const { t } = useI18n(checkpointsMessages)
  usePageTitle(t('trains.title'))
  const requirement = useRequirement({
    permission: 'checkpoints.tickets.check',
    who: 'need.who.checkpoints',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('trains.title')}</Title>
      {requirement.blocked ? requirement.notice : <Trains />}
    </Stack>
  )
}

function Trains() {
  const { t } = useI18n(checkpointsMessages)
  const trips = useLoaded(
    platformQuery.useQuery('get', '/api/v1/checkpoints/train-trips', undefined, {
      refetchInterval: REFRESH_MS,
    }),
  )
  const stations = useLoaded(platformQuery.useQuery('get', '/api/v1/checkpoints/stations'))
  return (
    <Loaded loaded={stations}>
      {({ stations: all }) => {
        const names = new Map(all.map((s) => [s.id, s.name]))
        return (
          <Loaded loaded={trips}>
            {({ trips: list }) => (
              <>
                <Text>{t('trains.intro')}</Text>
                {list.length > 0 ? (
                  <>
                    <Boarding trips={list} names={names} onBoarded={trips.reload} />
                    <Tickets trips={list} names={names} onIssued={trips.reload} />
                  </>
                ) : null}
                <TripList trips={list} names={names} />
                <NewTrip stations={all} onCreated={trips.reload} />
              </>
            )}
          </Loaded>
        )
      }}
    </Loaded>
  )
}

const tripLabel = (trip: Trip, names: Map<string, string>) =>
  `${trip.trainNumber} · ${names.get(trip.fromSiteId) ?? ''} → ${names.get(trip.toSiteId) ?? ''} · ${formatDateTime(trip.departureAt)}`

function TripPicker({
  id,
  trips,
  names,
  value,
  onChange,
}: {
  id: string
  trips: Trip[]
  names: Map<string, string>
  value: string
  onChange: (id: string) => void
}) {
  const { t } = useI18n(checkpointsMessages)
  return (
    <NativeSelect
      id={id}
      label={t('trains.trip')}
      value={value}
      translate="no"
      data={trips.map((x) => ({ value: x.id, label: tripLabel(x, names) }))}
      onChange={(e) => {
        onChange(e.currentTarget.value)
      }}
    />
  )
}

/** The trip departing next, else the latest. */
const nextTrip = (trips: Trip[]): Trip =>
  [...trips].reverse().find((x) => Date.parse(x.departureAt) > Date.now() - 3_600_000) ?? trips[0]!

function Boarding({
  trips,
  names,
  onBoarded,
}: {
  trips: Trip[]
  names: Map<string, string>
  onBoarded: () => void
}) {
  const { t } = useI18n(checkpointsMessages)
  const [tripId, setTripId] = useState(() => nextTrip(trips).id)
  const [answer, setAnswer] = useState<TrainBoarding>()
  const board = useMutation({
    mutationFn: async (code: string) => {
      const response = await platform.POST('/api/v1/checkpoints/train-trips/{id}/boardings', {
        params: { path: { id: tripId } },
        body: { code },
      })
      return response.data!
    },
    onSuccess: (boarded) => {
      setAnswer(boarded)
      onBoarded()
    },
  })
  return (
    <Stack gap="sm" component="section" aria-labelledby="train-boarding">
      <Title order={2} size="h3" id="train-boarding">
        {t('trains.boarding')}
      </Title>
      <ScanForm
        labels={scanLabels(t, 'boarding')}
        busy={board.isPending}
        onCode={(code) => {
          setAnswer(undefined)
          board.reset()
          board.mutate(code)
        }}
      >
        <TripPicker
          id="train-boarding-trip"
          trips={trips}
          names={names}
          value={tripId}
          onChange={(id) => {
            setTripId(id)
            setAnswer(undefined)
            board.reset()
          }}
        />
      </ScanForm>
      {board.error ? <RefusedVerdict error={board.error} /> : null}
      {answer ? (
        <BoardedVerdict fullName={answer.fullName}>
          <Text>{t('trains.boardedAt', { station: names.get(answer.stationId) ?? '' })}</Text>
        </BoardedVerdict>
      ) : null}
    </Stack>
  )
}

function TripList({ trips, names }: { trips: Trip[]; names: Map<string, string> }) {
  const { t } = useI18n(checkpointsMessages)
  return (
    <Stack gap="sm" component="section" aria-labelledby="train-trips">
      <Title order={2} size="h3" id="train-trips">
        {t('trains.list')}
      </Title>
      {trips.length === 0 ? <Text>{t('trains.none')}</Text> : null}
      <SimpleGrid
        cols={{ base: 1, sm: 2 }}
        component="ul"
        style={{ listStyle: 'none', padding: 0 }}
      >
        {trips.map((trip) => (
          <Card key={trip.id} withBorder component="li" data-train-trip={trip.id}>
            <Stack gap={4}>
              <Text fw={700} translate="no">
                {trip.trainNumber} · {names.get(trip.fromSiteId)} → {names.get(trip.toSiteId)}
              </Text>
              <Text size="sm">{formatDateTime(trip.departureAt)}</Text>
              <Text size="sm" data-counts>
                {t('trains.counts', { seats: trip.seats, sold: trip.sold, boarded: trip.boarded })}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  )
}

/** Personal numbers typed or pasted, one a line or separated by commas or spaces. */
const personalNumbersIn = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((n) => n.trim())
    .filter(Boolean)

function Tickets({
  trips,
  names,
  onIssued,
}: {
  trips: Trip[]
  names: Map<string, string>
  onIssued: () => void
}) {
  const { t } = useI18n(checkpointsMessages)
  const [tripId, setTripId] = useState(() => nextTrip(trips).id)
  const [numbers, setNumbers] = useState('')
  const [missing, setMissing] = useState<string>()
  const issue = platformQuery.useMutation('post', '/api/v1/checkpoints/train-trips/{id}/tickets', {
    onSuccess: () => {
      setNumbers('')
      onIssued()
    },
  })
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const personalNumbers = personalNumbersIn(numbers)
    if (personalNumbers.length === 0) {
      setMissing(t('trains.numbersRequired'))
      return
    }
    setMissing(undefined)
    issue.mutate({ params: { path: { id: tripId } }, body: { personalNumbers } })
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="train-tickets">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="train-tickets">
            {t('trains.issue')}
          </Title>
          <TripPicker
            id="train-tickets-trip"
            trips={trips}
            names={names}
            value={tripId}
            onChange={(id) => {
              setTripId(id)
              issue.reset()
            }}
          />
          <Textarea
            id="train-tickets-numbers"
            label={t('trains.numbers')}
            description={t('trains.numbersHint')}
            inputWrapperOrder={['label', 'description', 'error', 'input']}
            error={missing}
            autosize
            minRows={2}
            value={numbers}
            translate="no"
            inputMode="numeric"
            onChange={(e) => {
              setNumbers(e.currentTarget.value)
            }}
          />
          {issue.error ? <ErrorMessage error={issue.error} /> : null}
          {issue.data ? (
            <Notice kind="success">
              {t('trains.issued', {
                issued: issue.data.issued.length,
                held: issue.data.alreadyHeld.length,
                sold: issue.data.sold,
                seats: issue.data.seats,
              })}
            </Notice>
          ) : null}
          <Button type="submit" loading={issue.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('trains.issueSubmit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  )
}

/** The next hour on this device's clock, as a datetime-local value. */
const nextHourLocal = (): string => {
  const at = new Date(Date.now() + 3_600_000)
  at.setMinutes(-at.getTimezoneOffset(), 0, 0)
  return at.toISOString().slice(0, 16)
}

function NewTrip({ stations, onCreated }: { stations: Station[]; onCreated: () => void }) {
  const { t } = useI18n(checkpointsMessages)
  const own = stations.filter((s) => s.own)
  const [trainNumber, setTrainNumber] = useState('')
  const [fromSiteId, setFrom] = useState(own[0]?.id ?? '')
  const [toSiteId, setTo] = useState('')
  const [departure, setDeparture] = useState(nextHourLocal)
  const [seats, setSeats] = useState<number | string>(300)
  const create = platformQuery.useMutation('post', '/api/v1/checkpoints/train-trips', {
    onSuccess: () => {
      setTrainNumber('')
      onCreated()
    },
  })
  if (own.length === 0) return null
  const destinations = stations.filter((s) => s.id !== fromSiteId)
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    create.mutate({
      body: {
        trainNumber: trainNumber.trim().toUpperCase(),
        fromSiteId,
        toSiteId: toSiteId || destinations[0]?.id || '',
        departureAt: new Date(departure).toISOString(),
        seats: Number(seats),
      },
    })
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="train-new">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="train-new">
            {t('trains.new')}
          </Title>
          <TextInput
            id="train-number"
            label={t('trains.number')}
            description={t('trains.numberHint')}
            inputWrapperOrder={['label', 'description', 'error', 'input']}
            required
            value={trainNumber}
            translate="no"
            onChange={(e) => {
              setTrainNumber(e.currentTarget.value)
            }}
          />
          <NativeSelect
            id="train-from"
            label={t('trains.from')}
            value={fromSiteId}
            translate="no"
            data={own.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(e) => {
              setFrom(e.currentTarget.value)
            }}
          />
          <NativeSelect
            id="train-to"
            label={t('trains.to')}
            value={toSiteId || destinations[0]?.id || ''}
            translate="no"
            data={destinations.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(e) => {
              setTo(e.currentTarget.value)
            }}
          />
          <TextInput
            id="train-departure"
            type="datetime-local"
            label={t('trains.departure')}
            required
            value={departure}
            onChange={(e) => {
              setDeparture(e.currentTarget.value)
            }}
          />
          <NumberInput
            id="train-seats"
            label={t('trains.seats')}
            min={1}
            max={2000}
            allowDecimal={false}
            value={seats}
            onChange={setSeats}
          />
          {create.error ? <ErrorMessage error={create.error} /> : null}
          {create.data ? <Notice kind="success">{t('trains.created')}</Notice> : null}
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('trains.create')}
          </Button>
        </Stack>
      </form>
    </Paper>
  )
}
