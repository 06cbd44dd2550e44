import { Box, Button, Group, List, Paper, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platformQuery } from '../../api/client'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { Mono } from './EstablishmentParts'
import { SaidNotice } from './fields'
import type { Said } from './labels'
import { staysMessages } from './messages'
import { Field } from './ui'

/** The owner names residents (with an eID account) as staff, and ends their access. */
export function OwnerStaff({ establishmentId }: { establishmentId: string }) {
  const { t } = useI18n(staysMessages)
  const init = { params: { path: { id: establishmentId } } }
  const staff = platformQuery.useQuery('get', '/api/v1/stays/establishments/{id}/staff', init)
  const { state, reload } = useLoaded(staff)
  const [personalNumber, setPersonalNumber] = useState('')
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<Said>()
  const name = platformQuery.useMutation('post', '/api/v1/stays/establishments/{id}/staff')
  const revoke = platformQuery.useMutation(
    'delete',
    '/api/v1/stays/establishments/{id}/staff/{grantId}',
  )
  // One change at a time: the last one's success or failure is what the section says.
  const start = () => {
    setDone(undefined)
    name.reset()
    revoke.reset()
  }
  const succeeded = (said: Said, then?: () => void) => ({
    onSuccess: () => {
      then?.()
      setDone(said)
      reload()
    },
  })
  const busy = name.isPending || revoke.isPending
  const failure = name.error ?? revoke.error

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const number = personalNumber.replace(/\s/g, '')
    if (!/^\d{12}$/.test(number)) {
      setError(t('signUp.numberInvalid'))
      document.getElementById('staff-number')?.focus()
      return
    }
    setError(undefined)
    start()
    name.mutate(
      { ...init, body: { personalNumber: number } },
      succeeded({ key: 'stays.staff.named', params: { number } }, () => {
        setPersonalNumber('')
      }),
    )
  }

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="staff-title">
      <Title order={2} id="staff-title" mb="xs">
        {t('stays.staff.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('stays.staff.intro')}
      </Text>
      <SaidNotice said={done} />
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ok' && !state.data.length ? (
        <Text fs="italic">{t('stays.staff.none')}</Text>
      ) : null}
      {state.status === 'ok' && state.data.length ? (
        <List spacing="xs" my="sm">
          {state.data.map((member) => (
            <List.Item key={member.grantId}>
              <Group gap="xs" wrap="wrap">
                <Mono>{member.personalNumber}</Mono>
                <Text span size="sm">
                  {t('stays.staff.since', { at: formatDateTime(member.grantedAt) })}
                </Text>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  disabled={busy}
                  onClick={() => {
                    start()
                    revoke.mutate(
                      { params: { path: { id: establishmentId, grantId: member.grantId } } },
                      succeeded({
                        key: 'stays.staff.revoked',
                        params: { number: member.personalNumber },
                      }),
                    )
                  }}
                >
                  {t('stays.staff.revoke', { number: member.personalNumber })}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
      <Box component="form" onSubmit={submit} noValidate mt="sm">
        <Field
          id="staff-number"
          label={t('stays.staff.number')}
          hint={t('stays.staff.numberHint')}
          inputMode="numeric"
          autoComplete="off"
          value={personalNumber}
          error={error}
          onChange={(e) => {
            setPersonalNumber(e.target.value)
          }}
        />
        <Button type="submit" variant="default" mt="sm" disabled={busy}>
          {t('stays.staff.name')}
        </Button>
      </Box>
    </Paper>
  )
}
