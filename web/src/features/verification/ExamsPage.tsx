import { Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { platform, platformQuery } from '../../api/client'
import { useRequirement } from '../../components/Requirement'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { verificationMessages } from './messages'

/** An exam board's or school's sessions, and a new one. */
export default function ExamsPage() {
  const { t } = useI18n(verificationMessages)
  usePageTitle(t('exams.title'))
  const requirement = useRequirement({
    permission: 'verification.check',
    who: 'need.who.partnerStaff',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('exams.title')}</Title>
      {requirement.blocked ? requirement.notice : <Sessions />}
    </Stack>
  )
}

function Sessions() {
  const { t } = useI18n(verificationMessages)
  const sessions = useLoaded(platformQuery.useQuery('get', '/api/v1/verification/sessions'))
  const [title, setTitle] = useState('')
  const [startsAt, setStartsAt] = useState('')
  const create = useMutation({
    mutationFn: async () =>
      (
        await platform.POST('/api/v1/verification/sessions', {
          body: { title: title.trim(), startsAt: new Date(`${startsAt}:00+07:00`).toISOString() },
        })
      ).data!,
    onSuccess: (session) => {
      window.location.assign(`/partner/exams/${session.id}`)
    },
  })
  return (
    <>
      <Text>{t('exams.intro')}</Text>
      <Paper
        component="form"
        withBorder
        p="md"
        onSubmit={(e) => {
          e.preventDefault()
          if (title.trim() && startsAt) create.mutate()
        }}
      >
        <Stack gap="sm">
          <Title order={2}>{t('exams.new')}</Title>
          <TextInput
            id="exam-title"
            label={t('exams.name')}
            required
            maxLength={200}
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value)
            }}
          />
          <TextInput
            id="exam-starts"
            type="datetime-local"
            label={t('exams.startsAt')}
            required
            value={startsAt}
            onChange={(e) => {
              setStartsAt(e.currentTarget.value)
            }}
          />
          {create.error ? <ErrorMessage error={create.error} focus /> : null}
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('exams.create')}
          </Button>
        </Stack>
      </Paper>
      <Loaded
        loaded={sessions}
        empty={<Text>{t('exams.empty')}</Text>}
        isEmpty={(data) => data.sessions.length === 0}
      >
        {(data) => (
          <Stack gap="xs">
            {data.sessions.map((s) => (
              <Paper key={s.id} withBorder p="sm">
                <Anchor href={`/partner/exams/${s.id}`}>
                  <span translate="no">{s.title}</span>
                </Anchor>
                <Text size="sm">{formatDateTime(s.startsAt)}</Text>
              </Paper>
            ))}
          </Stack>
        )}
      </Loaded>
    </>
  )
}
