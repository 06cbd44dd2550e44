import { Button, Group, Stack } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { StayDeclaration } from '../../api/types'
import { ErrorMessage } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { CancelButton } from './fields'
import { isStaysQuery } from './idempotency'
import type { Said } from './labels'
import { staysMessages } from './messages'
import { vietnamWallClock, wallClockInstant } from './time'
import { Field } from './ui'

type Step = 'idle' | 'check-out' | 'extend'

/** Check-out (confirmed first: a mis-tap must not end a stay) and extension of one stay. */
export function GuestActions({
  declaration,
  onDone,
}: {
  declaration: StayDeclaration
  onDone: (said: Said) => void
}) {
  const { t } = useI18n(staysMessages)
  const queryClient = useQueryClient()
  const [step, setStep] = useState<Step>('idle')
  const [until, setUntil] = useState(() =>
    vietnamWallClock(new Date(declaration.expectedDepartureAt ?? Date.now() + 86_400_000)),
  )
  const [problem, setProblem] = useState<string>()
  const path = `/api/v1/stays/declarations/${encodeURIComponent(declaration.id)}`
  const name = declaration.fullName
  const action = useMutation({
    mutationFn: ({ kind, body }: { kind: 'check-out' | 'extension'; body: object; done: Said }) =>
      api<StayDeclaration>(`${path}/${kind}`, { method: 'POST', body }),
    onSuccess: (_, { done }) => {
      setStep('idle')
      onDone(done)
      void queryClient.invalidateQueries({ predicate: (query) => isStaysQuery(query.queryKey) })
    },
  })
  const busy = action.isPending

  const extend = (event: SubmitEvent) => {
    event.preventDefault()
    const expectedDepartureAt = wallClockInstant(until)
    setProblem(expectedDepartureAt ? undefined : t('stays.timeInvalid'))
    if (expectedDepartureAt)
      action.mutate({
        kind: 'extension',
        body: { expectedDepartureAt },
        done: { key: 'stays.extended', params: { name } },
      })
  }
  const cancel = (
    <CancelButton
      onClick={() => {
        setStep('idle')
        action.reset()
      }}
    />
  )

  return (
    <Stack className="stays-actions" gap="sm">
      {action.error ? <ErrorMessage error={action.error} focus /> : null}
      {step === 'idle' ? (
        <Group gap="sm">
          <Button
            onClick={() => {
              setStep('check-out')
            }}
          >
            {t('stays.checkOut')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setStep('extend')
            }}
          >
            {t('stays.extend')}
          </Button>
        </Group>
      ) : null}
      {step === 'check-out' ? (
        <Group gap="sm">
          <Button
            disabled={busy}
            onClick={() => {
              action.mutate({
                kind: 'check-out',
                body: {},
                done: { key: 'stays.checkedOut', params: { name } },
              })
            }}
          >
            {t('stays.confirmCheckOut', { name })}
          </Button>
          {cancel}
        </Group>
      ) : null}
      {step === 'extend' ? (
        <form onSubmit={extend} noValidate>
          <Stack gap="sm">
            <Field
              id={`extend-${declaration.id}`}
              type="datetime-local"
              label={t('stays.newDeparture', { name })}
              value={until}
              error={problem}
              onChange={(e) => {
                setUntil(e.target.value)
              }}
            />
            <Group gap="sm">
              <Button type="submit" disabled={busy}>
                {t('stays.saveExtension')}
              </Button>
              {cancel}
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  )
}
