import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { platform, platformQuery } from '../../api/client'
import { useRequirement } from '../../components/Requirement'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useNotifyDone } from '../../components/useNotify'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { certificationMessages } from './messages'
import { StatusTag } from './StatusTag'

interface Entry {
  id: string
  title: string
  holder: string
  communeCode: string
  status: 'requested' | 'certified' | 'refused' | 'revoked'
  requestedAt: string
  certificationNumber: string | null
  originalMediaType: string
}

/** The commune officer's certification: the queue (compare, certify or refuse) and the book. */
export default function OfficerCertificationsPage() {
  const { t } = useI18n(certificationMessages)
  usePageTitle(t('officer.title'))
  const requirement = useRequirement({ permission: 'documents.certify', who: 'need.who.certify' })
  return (
    <Stack gap="md">
      <Title order={1}>{t('officer.title')}</Title>
      {requirement.blocked ? requirement.notice : <Console />}
    </Stack>
  )
}

function Console() {
  const { t } = useI18n(certificationMessages)
  const queue = useLoaded(
    platformQuery.useQuery('get', '/api/v1/documents/certifications', {
      params: { query: { status: 'requested' } },
    }),
  )
  const [bookOf, setBookOf] = useState<string>()
  const changed = () => {
    queue.reload()
    setBookOf((code) => code)
  }
  return (
    <>
      <Text>{t('officer.intro')}</Text>
      <Loaded
        loaded={queue}
        empty={<Text>{t('officer.empty')}</Text>}
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <Stack gap="sm">
            {data.items.map((entry) => (
              <Request key={entry.id} entry={entry} onDecided={changed} />
            ))}
          </Stack>
        )}
      </Loaded>
      <Book communeCode={bookOf} onCommune={setBookOf} />
    </>
  )
}

function Request({ entry, onDecided }: { entry: Entry; onDecided: () => void }) {
  const { t } = useI18n(certificationMessages)
  const notify = useNotifyDone()
  const [title, setTitle] = useState('')
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState<string>()
  const params = { path: { id: entry.id } }
  const decide = useMutation({
    mutationFn: async (action: 'approve' | 'refuse') =>
      action === 'approve'
        ? platform.POST('/api/v1/documents/certifications/{id}/approve', {
            params,
            body: title.trim() ? { officerTitle: title.trim() } : {},
          })
        : platform.POST('/api/v1/documents/certifications/{id}/refuse', {
            params,
            body: { reason: reason.trim() },
          }),
    onSuccess: (response, action) => {
      notify(
        action === 'approve'
          ? t('officer.approved', { number: response.data?.certificationNumber ?? '' })
          : t('officer.refused'),
      )
      onDecided()
    },
  })
  return (
    <Paper withBorder p="md" data-certification={entry.id}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>{entry.title}</Text>
          <StatusTag status={entry.status} />
        </Group>
        <Text size="sm">
          {t('field.holder')}: {entry.holder} · {t('field.requestedAt')}:{' '}
          {formatDateTime(entry.requestedAt)}
        </Text>
        <Anchor
          href={`/api/v1/documents/certifications/${entry.id}/original`}
          target="_blank"
          rel="noopener"
        >
          {t('officer.original')}
        </Anchor>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            id={`title-${entry.id}`}
            label={t('officer.officerTitle')}
            placeholder="Công chức Tư pháp - Hộ tịch"
            value={title}
            maxLength={80}
            onChange={(e) => {
              setTitle(e.currentTarget.value)
            }}
          />
          <Button
            loading={decide.isPending}
            onClick={() => {
              decide.mutate('approve')
            }}
          >
            {t('officer.approve')}
          </Button>
        </Group>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            id={`reason-${entry.id}`}
            label={t('officer.refuseReason')}
            value={reason}
            maxLength={500}
            error={missing}
            onChange={(e) => {
              setReason(e.currentTarget.value)
            }}
          />
          <Button
            variant="default"
            disabled={decide.isPending}
            onClick={() => {
              if (!reason.trim()) {
                setMissing(t('officer.reasonRequired'))
                return
              }
              setMissing(undefined)
              decide.mutate('refuse')
            }}
          >
            {t('officer.refuse')}
          </Button>
        </Group>
        {decide.error ? <ErrorMessage error={decide.error} /> : null}
      </Stack>
    </Paper>
  )
}

function Book({
  communeCode,
  onCommune,
}: {
  communeCode: string | undefined
  onCommune: (code: string) => void
}) {
  const { t } = useI18n(certificationMessages)
  const year = new Date().getFullYear()
  const [typed, setTyped] = useState(communeCode ?? '')
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2}>{t('book.title', { year: String(year) })}</Title>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            if (typed.trim()) onCommune(typed.trim())
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              id="book-commune"
              label={t('book.commune')}
              value={typed}
              inputMode="numeric"
              maxLength={5}
              onChange={(e) => {
                setTyped(e.currentTarget.value)
              }}
            />
            <Button type="submit" variant="default">
              {t('verify.submit')}
            </Button>
          </Group>
        </form>
        {communeCode ? <BookEntries communeCode={communeCode} year={year} /> : null}
      </Stack>
    </Paper>
  )
}

function BookEntries({ communeCode, year }: { communeCode: string; year: number }) {
  const { t } = useI18n(certificationMessages)
  const notify = useNotifyDone()
  const book = useLoaded(
    platformQuery.useQuery('get', '/api/v1/documents/certification-book', {
      params: { query: { communeCode, year } },
    }),
  )
  const [reason, setReason] = useState('')
  const revoke = useMutation({
    mutationFn: async (id: string) =>
      platform.POST('/api/v1/documents/certifications/{id}/revoke', {
        params: { path: { id } },
        body: { reason: reason.trim() },
      }),
    onSuccess: () => {
      notify(t('book.revoked'))
      book.reload()
    },
  })
  if (book.state.status === 'loading') return <Loading />
  if (book.state.status === 'error')
    return <ErrorMessage error={book.state.error} onRetry={book.reload} />
  if (book.state.data.items.length === 0) return <Text>{t('book.empty')}</Text>
  return (
    <>
      <TextInput
        id="revoke-reason"
        label={t('book.revokeReason')}
        value={reason}
        maxLength={500}
        onChange={(e) => {
          setReason(e.currentTarget.value)
        }}
      />
      {revoke.error ? <ErrorMessage error={revoke.error} /> : null}
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field.number')}</Table.Th>
              <Table.Th>{t('field.holder')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {book.state.data.items.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td translate="no">{entry.certificationNumber}</Table.Td>
                <Table.Td>{entry.holder}</Table.Td>
                <Table.Td>
                  <StatusTag status={entry.status} />
                </Table.Td>
                <Table.Td>
                  {entry.status === 'certified' ? (
                    <Button
                      size="xs"
                      variant="default"
                      disabled={!reason.trim() || revoke.isPending}
                      onClick={() => {
                        revoke.mutate(entry.id)
                      }}
                    >
                      {t('book.revoke')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  )
}
