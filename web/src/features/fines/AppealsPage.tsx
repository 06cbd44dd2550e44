import { Anchor, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { Loaded } from '../../components/Loaded'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useNotifyDone } from '../../components/useNotify'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { FineFacts } from './fineFacts'
import { finesMessages } from './messages'
import { OfficerFinesLinks } from './officerLinks'

type Appeal = ResponseOf<'/api/v1/fines/appeals', 'get'>['items'][number]

/** The police's pending appeals in their communes, each upheld or cancelled with a note. */
export default function AppealsPage() {
  const { t } = useI18n(finesMessages)
  usePageTitle(t('officer.appeals.title'))
  const requirement = useRequirement({ permission: 'fines.appeals.decide', who: 'need.who.police' })
  return (
    <Stack gap="md">
      <Title order={1}>{t('officer.appeals.title')}</Title>
      {requirement.blocked ? (
        requirement.notice
      ) : (
        <>
          <Text>{t('officer.appeals.intro')}</Text>
          <Pending />
        </>
      )}
      <OfficerFinesLinks current="/officer/fines/appeals" />
    </Stack>
  )
}

function Pending() {
  const { t } = useI18n(finesMessages)
  const appeals = useLoaded(
    platformQuery.useQuery('get', '/api/v1/fines/appeals', {
      params: { query: { status: 'pending' } },
    }),
  )
  return (
    <Loaded
      loaded={appeals}
      empty={<Text>{t('officer.appeals.empty')}</Text>}
      isEmpty={(data) => data.items.length === 0}
    >
      {(data) => (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.items.map((appeal) => (
            <li key={appeal.id}>
              <AppealCard appeal={appeal} onDecided={appeals.reload} />
            </li>
          ))}
        </Stack>
      )}
    </Loaded>
  )
}

function AppealCard({ appeal, onDecided }: { appeal: Appeal; onDecided: () => void }) {
  const { t, language } = useI18n(finesMessages)
  const done = useNotifyDone()
  const [note, setNote] = useState('')
  const decide = platformQuery.useMutation('post', '/api/v1/fines/appeals/{id}/decision', {
    onSuccess: (decided) => {
      done(
        t(decided.status === 'cancelled' ? 'officer.appeals.cancelled' : 'officer.appeals.upheld'),
      )
      onDecided()
    },
  })
  const { violation } = appeal
  const headingId = `appeal-${appeal.id}`
  const send = (outcome: 'upheld' | 'cancelled') => {
    decide.mutate({ params: { path: { id: appeal.id } }, body: { outcome, note: note.trim() } })
  }
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          <span translate="no">{violation.plate}</span> ·{' '}
          {language === 'en' ? violation.article.en : violation.article.vi}
        </Title>
        <Text size="sm" translate="no">
          {violation.articleCode}
        </Text>
        <FineFacts violation={violation} />
        <Text size="sm">
          {t('officer.appeals.filed')}: {formatDateTime(appeal.filedAt)}
        </Text>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('officer.appeals.reason')}
          </Text>
          <Text translate="no" style={{ whiteSpace: 'pre-wrap' }}>
            {appeal.reason}
          </Text>
        </Stack>
        {appeal.attachments.length > 0 ? (
          <Group gap="md" wrap="wrap">
            {appeal.attachments.map((file) => (
              <Anchor
                key={file.ordinal}
                href={`/api/v1/fines/appeals/${encodeURIComponent(appeal.id)}/attachments/${file.ordinal}`}
                download
              >
                {t('officer.appeals.attachment', { ordinal: file.ordinal })}
              </Anchor>
            ))}
          </Group>
        ) : null}
        <Textarea
          id={`${headingId}-note`}
          label={t('officer.appeals.note')}
          required
          maxLength={2000}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value)
          }}
        />
        {decide.error ? <ErrorMessage error={decide.error} /> : null}
        <Group gap="sm" wrap="wrap">
          <Button
            loading={decide.isPending}
            disabled={!note.trim()}
            onClick={() => {
              send('upheld')
            }}
          >
            {t('officer.appeals.uphold')}
          </Button>
          <Button
            color="red"
            variant="light"
            loading={decide.isPending}
            disabled={!note.trim()}
            onClick={() => {
              send('cancelled')
            }}
          >
            {t('officer.appeals.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
