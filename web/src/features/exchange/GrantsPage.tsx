import { Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { platform, platformQuery } from '../../api/client'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useNotifyDone } from '../../components/useNotify'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { exchangeMessages } from './messages'
import { GrantFacts, GrantStatus, useMyMembers, type ExchangeKey, type Grant } from './shared'
import { PlainList } from '../../components/PlainList'

/**
 * Grants: the requests to the officer's members' services, decided here, and the requests its
 * members made; the platform administrator sees every grant.
 */
export default function GrantsPage() {
  const { t } = useI18n(exchangeMessages)
  usePageTitle(t('grants.title'))
  const requirement = useRequirement({
    permission: 'exchange.read',
    who: 'need.who.exchangeMember',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('grants.title')}</Title>
      <Text>{t('grants.intro')}</Text>
      {requirement.blocked ? requirement.notice : <Grants />}
    </Stack>
  )
}

function Grants() {
  const grants = useLoaded(platformQuery.useQuery('get', '/api/v1/exchange/grants'))
  const mine = useMyMembers()
  if (grants.state.status === 'error')
    return <ErrorMessage error={grants.state.error} onRetry={grants.reload} />
  if (mine.state.status === 'error')
    return <ErrorMessage error={mine.state.error} onRetry={mine.reload} />
  if (grants.state.status !== 'ok' || mine.state.status !== 'ok') return <Loading />
  const all = grants.state.data
  const codes = mine.state.data.map((m) => m.code)
  if (codes.length === 0) return <Section title="grants.all" empty="grants.allEmpty" grants={all} />
  return (
    <>
      <Section
        title="grants.incoming"
        empty="grants.incomingEmpty"
        grants={all.filter((g) => codes.includes(g.providerCode ?? ''))}
        onDecided={grants.reload}
      />
      <Section
        title="grants.mine"
        empty="grants.mineEmpty"
        grants={all.filter((g) => codes.includes(g.consumerCode))}
      />
    </>
  )
}

function Section({
  title,
  empty,
  grants,
  onDecided,
}: {
  title: ExchangeKey
  empty: ExchangeKey
  grants: Grant[]
  /** Given for the provider's side: requests awaiting a decision get the decision form. */
  onDecided?: () => void
}) {
  const { t } = useI18n(exchangeMessages)
  const id = `section-${title.replace('.', '-')}`
  return (
    <section aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} id={id}>
          {t(title)}
        </Title>
        {grants.length === 0 ? (
          <Text>{t(empty)}</Text>
        ) : (
          <PlainList gap="sm">
            {grants.map((g) => (
              <Paper component="li" withBorder p="md" key={g.id} data-grant={g.id}>
                <Stack gap="sm">
                  <Group justify="space-between" gap="xs">
                    <Text fw={600} translate="no">
                      {g.consumerCode} → {g.providerCode}/{g.serviceCode}
                    </Text>
                    <GrantStatus grant={g} />
                  </Group>
                  <GrantFacts grant={g} />
                  {onDecided && g.status === 'requested' ? (
                    <Decide grant={g} onDecided={onDecided} />
                  ) : null}
                </Stack>
              </Paper>
            ))}
          </PlainList>
        )}
      </Stack>
    </section>
  )
}

/** The date in Vietnam of an instant, as a date input shows it. */
const vietnamDate = (iso: string) =>
  new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10)
const endOfVietnamDay = (date: string) => new Date(`${date}T23:59:59+07:00`).toISOString()

function Decide({ grant, onDecided }: { grant: Grant; onDecided: () => void }) {
  const { t } = useI18n(exchangeMessages)
  const notify = useNotifyDone()
  const [until, setUntil] = useState(vietnamDate(grant.expiresAt))
  const [reason, setReason] = useState('')
  const id = `decide-${grant.id}`
  const approve = useMutation({
    mutationFn: async () => {
      await platform.POST('/api/v1/exchange/grants/{id}/approve', {
        params: { path: { id: grant.id } },
        body: { expiresAt: endOfVietnamDay(until) },
      })
    },
    onSuccess: () => {
      notify(t('decide.approved'))
      onDecided()
    },
  })
  const refuse = useMutation({
    mutationFn: async () => {
      await platform.POST('/api/v1/exchange/grants/{id}/refuse', {
        params: { path: { id: grant.id } },
        body: { reason: reason.trim() },
      })
    },
    onSuccess: () => {
      notify(t('decide.refused'))
      onDecided()
    },
  })
  return (
    <Stack gap="sm">
      <form
        aria-label={t('decide.approve')}
        onSubmit={(e) => {
          e.preventDefault()
          approve.mutate()
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            id={`${id}-until`}
            type="date"
            label={t('decide.expires')}
            value={until}
            required
            onChange={(e) => {
              setUntil(e.currentTarget.value)
            }}
          />
          <Button type="submit" loading={approve.isPending}>
            {t('decide.approve')}
          </Button>
        </Group>
      </form>
      {approve.error ? <ErrorMessage error={approve.error} /> : null}
      <form
        aria-label={t('decide.refuse')}
        onSubmit={(e) => {
          e.preventDefault()
          refuse.mutate()
        }}
      >
        <Stack gap="sm">
          <Textarea
            id={`${id}-reason`}
            label={t('decide.refuseReason')}
            value={reason}
            required
            maxLength={1000}
            autosize
            minRows={2}
            onChange={(e) => {
              setReason(e.currentTarget.value)
            }}
          />
          <Button
            type="submit"
            variant="default"
            color="red"
            loading={refuse.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('decide.refuse')}
          </Button>
        </Stack>
      </form>
      {refuse.error ? <ErrorMessage error={refuse.error} /> : null}
    </Stack>
  )
}
