import { Button, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platformQuery } from '../../api/client'
import type { StayDeclaration, StaysDeclared, TripManifest } from '../../api/types'
import type { PageProps } from '../../app/routes'
import { Loaded } from '../../components/Loaded'
import { Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
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
import { FormPanel } from './ui'

function Manifest({ manifest }: { manifest: TripManifest }) {
  const { t, number } = useI18n(staysMessages)
  const { trip, passengers } = manifest
  return (
    <section aria-labelledby="manifest-title">
      <Title order={2} id="manifest-title" mb="xs">
        {t('stays.trip.manifest', {
          passengers: number(passengers.length),
          seats: number(trip.seats),
        })}
      </Title>
      {passengers.length ? (
        <Stack
          component="ol"
          gap={0}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-labelledby="manifest-title"
        >
          {passengers.map((p) => (
            <Text
              component="li"
              key={p.declarationId}
              py="sm"
              style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
            >
              <strong>
                {p.seat ? `${t('stays.place.seat')} ${p.seat} · ` : ''}
                {p.fullName}
              </strong>{' '}
              <Text span size="sm">
                <Text span ff="monospace" inherit>
                  {p.personalNumber ?? p.passportNumber}
                </Text>{' '}
                · {formatDate(p.birthDate)} · {t('stays.trip.boardedAt')}{' '}
                {formatDateTime(p.boardedAt)}
                {p.flags.map((flag) => ` · ${flagLabel(t, flag)}`).join('')}
              </Text>
            </Text>
          ))}
        </Stack>
      ) : (
        <Text fs="italic">{t('stays.trip.noPassengers')}</Text>
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
      <FormPanel
        id="boarding-title"
        title={t('stays.trip.boarding', { count: drafts.length })}
        onSubmit={submit}
      >
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
        <Button type="submit" disabled={busy || !drafts.length} style={{ alignSelf: 'flex-start' }}>
          {busy ? t('common.sending') : t('stays.trip.board', { count: drafts.length })}
        </Button>
      </FormPanel>
    </>
  )
}

function Trip({ tripId }: { tripId: string }) {
  const { t } = useI18n(staysMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/stays/trips/{id}/manifest', {
      params: { path: { id: tripId } },
    }),
  )
  return (
    <Stack gap="md">
      {state.status === 'ok' ? (
        <Text size="lg">
          {state.data.trip.route} ·{' '}
          <Text span ff="monospace" inherit>
            {state.data.trip.vehiclePlate}
          </Text>{' '}
          · {formatDateTime(state.data.trip.departureAt)}
        </Text>
      ) : null}
      <Boarding tripId={tripId} onBoarded={reload} />
      <Loaded
        loaded={{ state, reload }}
        loading={<Loading label={t('stays.trip.loadingManifest')} />}
      >
        {(data) => <Manifest manifest={data} />}
      </Loaded>
    </Stack>
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
