import { Anchor, NativeSelect, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { platform, platformQuery } from '../../api/client'
import type { CoachTrip, Establishment, TicketBoarding } from '../../api/types'
import { Link, useLocation } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { ScanForm } from '../../components/ScanForm'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { EstablishmentConsole } from '../stays'
import { BoardedVerdict, RefusedVerdict } from './BoardingVerdict'
import { checkpointsMessages } from './messages'
import { scanLabels } from './scanLabels'

/** A coach operator's staff at the door: pick the trip, scan each passenger's card or QR. */
export default function BoardingPage({ params }: PageProps) {
  const { t } = useI18n(checkpointsMessages)
  return (
    <EstablishmentConsole id={params.id ?? ''} section="boarding" title={t('boarding.title')}>
      {(establishment) => <Trips establishment={establishment} />}
    </EstablishmentConsole>
  )
}

function Trips({ establishment }: { establishment: Establishment }) {
  const { t } = useI18n(checkpointsMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/stays/establishments/{id}/trips', {
      params: { path: { id: establishment.id } },
    }),
  )
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  if (state.data.trips.length === 0) return <Text>{t('boarding.noTrips')}</Text>
  return <Door establishment={establishment} trips={state.data.trips} />
}

function Door({ establishment, trips }: { establishment: Establishment; trips: CoachTrip[] }) {
  const { t } = useI18n(checkpointsMessages)
  const { query } = useLocation()
  // The trip named in the address, else the next one not yet arrived, else the latest.
  const running = [...trips].reverse().find((trip) => Date.parse(trip.arrivalAt) > Date.now())
  const [tripId, setTripId] = useState(query.get('trip') ?? running?.id ?? trips[0]!.id)
  const trip = trips.find((x) => x.id === tripId) ?? trips[0]!
  const [answer, setAnswer] = useState<TicketBoarding>()
  const board = useMutation({
    mutationFn: async (code: string) => {
      const response = await platform.POST('/api/v1/checkpoints/trips/{id}/boardings', {
        params: { path: { id: trip.id } },
        body: { code },
      })
      return response.data!
    },
    onSuccess: setAnswer,
  })
  const manifest = `/establishment/${encodeURIComponent(establishment.id)}/trips/${trip.id}`
  return (
    <>
      <Text>{t('boarding.intro')}</Text>
      <ScanForm
        labels={scanLabels(t, 'boarding')}
        busy={board.isPending}
        onCode={(code) => {
          setAnswer(undefined)
          board.reset()
          board.mutate(code)
        }}
      >
        <NativeSelect
          id="boarding-trip"
          label={t('boarding.trip')}
          value={trip.id}
          translate="no"
          data={trips.map((x) => ({
            value: x.id,
            label: `${x.route} · ${x.vehiclePlate} · ${formatDateTime(x.departureAt)}`,
          }))}
          onChange={(e) => {
            setTripId(e.currentTarget.value)
            setAnswer(undefined)
            board.reset()
          }}
        />
      </ScanForm>
      {board.error ? <RefusedVerdict error={board.error} /> : null}
      {answer ? (
        <BoardedVerdict fullName={answer.fullName}>
          <Text>{t('boarding.declared')}</Text>
        </BoardedVerdict>
      ) : null}
      <Anchor component={Link} to={manifest}>
        {t('boarding.manifest')}
      </Anchor>
    </>
  )
}
