import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import type { Establishment, StayDeclaration, StaysDeclared } from '../../api/types'
import type { PageProps } from '../../app/routes'
import { useI18n } from '../../i18n/i18n'
import { DeclaredNotice } from './DeclaredNotice'
import { EstablishmentConsole } from './EstablishmentConsole'
import { GuestDraftList } from './GuestDraftList'
import { GuestPicker } from './GuestPicker'
import { toGuestInputs, type GuestDraft } from './guests'
import { useOnceSubmission } from './idempotency'
import { placeLabel } from './labels'
import { StayErrorMessage } from './StayErrorMessage'
import { vietnamToday, vietnamWallClock, wallClockInstant } from './time'
import { useGuestDrafts } from './useGuestDrafts'
import { staysMessages } from './messages'
import { Field } from './ui'

type Times = { arrivalAt: string; expectedDepartureAt: string }

type TimeProblem = 'stays.timeInvalid' | 'stays.departureBeforeArrival'
type ReadTimes =
  | { ok: true; times: { arrivalAt: string; expectedDepartureAt?: string } }
  | { ok: false; problems: Partial<Record<keyof Times, TimeProblem>> }

/** The stay's times as the platform takes them (instants), or what is wrong with them. */
function readTimes(times: Times): ReadTimes {
  const arrivalAt = wallClockInstant(times.arrivalAt)
  if (!arrivalAt) return { ok: false, problems: { arrivalAt: 'stays.timeInvalid' } }
  if (!times.expectedDepartureAt.trim()) return { ok: true, times: { arrivalAt } }
  const expectedDepartureAt = wallClockInstant(times.expectedDepartureAt)
  if (!expectedDepartureAt)
    return { ok: false, problems: { expectedDepartureAt: 'stays.timeInvalid' } }
  if (Date.parse(expectedDepartureAt) <= Date.parse(arrivalAt))
    return { ok: false, problems: { expectedDepartureAt: 'stays.departureBeforeArrival' } }
  return { ok: true, times: { arrivalAt, expectedDepartureAt } }
}

function CheckIn({ establishment }: { establishment: Establishment }) {
  const { t } = useI18n(staysMessages)
  const guests = useGuestDrafts()
  const { drafts } = guests
  const [times, setTimes] = useState<Times>(() => ({
    arrivalAt: vietnamWallClock(),
    expectedDepartureAt: '',
  }))
  const [timesEdited, setTimesEdited] = useState(false)
  const [errors, setErrors] = useState<Partial<Times> & { guests?: string }>({})
  const [declared, setDeclared] = useState<StayDeclaration[] | null>(null)
  const submission = useOnceSubmission<StaysDeclared>()
  const { busy, failure } = submission
  const place = placeLabel(t, establishment.capacityUnit)

  // Arrival defaults to the moment the first guest of a check-in is added.
  const addGuest = (draft: GuestDraft) => {
    if (drafts.length === 0 && !timesEdited)
      setTimes((now) => ({ ...now, arrivalAt: vietnamWallClock() }))
    setDeclared(null)
    guests.add(draft)
  }
  const editTime = (key: keyof Times, value: string) => {
    setTimesEdited(true)
    setTimes({ ...times, [key]: value })
  }

  const send = () => {
    const read = readTimes(times)
    const problems: typeof errors = {}
    if (!read.ok)
      for (const [field, key] of Object.entries(read.problems))
        problems[field as keyof Times] = t(key)
    if (!drafts.length) problems.guests = t('stays.noGuestsYet')
    setErrors(problems)
    if (!read.ok || !drafts.length) return
    const body = { ...read.times, guests: toGuestInputs(drafts) }
    submission.submit(
      {
        path: `/api/v1/stays/establishments/${encodeURIComponent(establishment.id)}/declarations`,
        body,
      },
      (result) => {
        setDeclared(result.declarations)
        guests.clear()
        setTimesEdited(false)
        setTimes({ arrivalAt: vietnamWallClock(), expectedDepartureAt: '' })
      },
    )
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    send()
  }

  const arrivalDay = times.arrivalAt.slice(0, 10) || vietnamToday()
  const timeField = (key: keyof Times, label: string, hint: string) => (
    <Field
      id={key}
      type="datetime-local"
      label={label}
      hint={hint}
      value={times[key]}
      error={errors[key]}
      onChange={(e) => {
        editTime(key, e.target.value)
      }}
    />
  )
  return (
    <Stack gap="md">
      {declared ? <DeclaredNotice declarations={declared} placeLabel={place} /> : null}
      <GuestPicker drafts={drafts} onAdd={addGuest} />
      <Paper
        component="form"
        withBorder
        p="md"
        onSubmit={submit}
        noValidate
        className="panel"
        aria-labelledby="guests-title"
      >
        <Stack gap="sm">
          <Title order={2} id="guests-title">
            {t('stays.guestsToDeclare', { count: drafts.length })}
          </Title>
          {errors.guests && !drafts.length ? (
            <Text c="var(--mantine-color-error)" size="sm">
              {errors.guests}
            </Text>
          ) : null}
          <GuestDraftList
            drafts={drafts}
            onChange={guests.change}
            onRemove={guests.remove}
            arrivalDay={arrivalDay}
            placeLabel={place}
          />
          {timeField('arrivalAt', t('stays.arrivalAt'), t('stays.vietnamTime'))}
          {timeField('expectedDepartureAt', t('stays.expectedDepartureAt'), t('stays.optional'))}
          {failure ? (
            <StayErrorMessage
              error={failure}
              guestName={(i) => drafts[i]?.fullName}
              onRetry={send}
            />
          ) : null}
          <Button type="submit" disabled={busy}>
            {busy ? t('common.sending') : t('stays.declare', { count: drafts.length })}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  )
}

/** The receptionist's check-in, phone first: scan or type each guest, place them, declare. */
export default function CheckInPage({ params }: PageProps) {
  const { t } = useI18n(staysMessages)
  return (
    <EstablishmentConsole id={params.id ?? ''} section="check-in" title={t('stays.checkIn.title')}>
      {(establishment) => <CheckIn establishment={establishment} />}
    </EstablishmentConsole>
  )
}
