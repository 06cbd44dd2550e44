import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { ReactNode, SubmitEvent } from 'react'
import { formatDateTime } from '../i18n/format'
import { Field } from './Field'
import { Loaded } from './Loaded'
import { ErrorMessage, Notice } from './Status'
import type { Loaded as LoadedState } from './useApi'

/** A person given access to a place or an organisation, until the grant is withdrawn. */
export type StaffMember = { grantId: number; personalNumber: string; grantedAt: string }

/** The words of a staff section, in the page's language. */
export type StaffLabels = {
  title: string
  intro: string
  none: string
  number: string
  numberHint: string
  numberInvalid: string
  add: string
  since: (at: string) => string
  remove: (personalNumber: string) => string
}

/**
 * Someone in charge names residents (by personal number) as staff and withdraws them: the list,
 * a remove button on each, and the form. `add` and `remove` send the change and resolve with what
 * to say once it is made (`said` draws it, in the page's language when it is drawn); a failure is
 * shown under the section's title. One change at a time.
 */
export function StaffSection<T, Said>({
  staff,
  members,
  labels,
  add,
  remove,
  said,
}: {
  staff: { state: LoadedState<T>; reload: () => void }
  members: (data: T) => StaffMember[]
  labels: StaffLabels
  add: (personalNumber: string) => Promise<Said>
  remove: (member: StaffMember) => Promise<Said>
  said: (done: Said) => ReactNode
}) {
  const [number, setNumber] = useState('')
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<{ said: Said }>()
  const [failure, setFailure] = useState<unknown>()
  const [busy, setBusy] = useState(false)

  const change = (send: () => Promise<Said>, then?: () => void) => {
    setDone(undefined)
    setFailure(undefined)
    setBusy(true)
    send().then(
      (result) => {
        then?.()
        setDone({ said: result })
        setBusy(false)
        staff.reload()
      },
      (failed: unknown) => {
        setFailure(failed)
        setBusy(false)
      },
    )
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const personalNumber = number.replace(/\s/g, '')
    if (!/^\d{12}$/.test(personalNumber)) {
      setError(labels.numberInvalid)
      document.getElementById('staff-number')?.focus()
      return
    }
    setError(undefined)
    change(
      () => add(personalNumber),
      () => {
        setNumber('')
      },
    )
  }

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="staff-title">
      <Title order={2} id="staff-title" mb="xs">
        {labels.title}
      </Title>
      <Text size="sm" mb="sm">
        {labels.intro}
      </Text>
      {done ? <Notice kind="success">{said(done.said)}</Notice> : null}
      {failure ? <ErrorMessage error={failure} focus /> : null}
      <Loaded
        loaded={staff}
        empty={<Text fs="italic">{labels.none}</Text>}
        isEmpty={(data) => members(data).length === 0}
      >
        {(data) => (
          <List spacing="xs" my="sm">
            {members(data).map((member) => (
              <List.Item key={member.grantId}>
                <Group gap="xs" wrap="wrap">
                  <Text span ff="monospace" translate="no" style={{ overflowWrap: 'anywhere' }}>
                    {member.personalNumber}
                  </Text>
                  <Text span size="sm">
                    {labels.since(formatDateTime(member.grantedAt))}
                  </Text>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    disabled={busy}
                    onClick={() => {
                      change(() => remove(member))
                    }}
                  >
                    {labels.remove(member.personalNumber)}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Loaded>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" mt="sm">
          <Field
            id="staff-number"
            label={labels.number}
            hint={labels.numberHint}
            inputMode="numeric"
            autoComplete="off"
            value={number}
            error={error}
            onChange={(e) => {
              setNumber(e.target.value)
            }}
          />
          <div>
            <Button type="submit" variant="default" disabled={busy}>
              {labels.add}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  )
}
