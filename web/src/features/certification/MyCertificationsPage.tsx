import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platform, platformQuery } from '../../api/client'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useNotifyDone } from '../../components/useNotify'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { certificationMessages } from './messages'
import { StatusTag } from './StatusTag'

/** The resident asks for certified copies of vault documents, follows them, takes the PDFs. */
export default function MyCertificationsPage() {
  const { t } = useI18n(certificationMessages)
  usePageTitle(t('mine.title'))
  const mine = useLoaded(platformQuery.useQuery('get', '/api/v1/me/certifications'))
  return (
    <Stack gap="md">
      <Title order={1}>{t('mine.title')}</Title>
      <Text>{t('mine.intro')}</Text>
      <AskForm onAsked={mine.reload} />
      <Title order={2}>{t('mine.list')}</Title>
      <Loaded
        loaded={mine}
        empty={<Text>{t('mine.empty')}</Text>}
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <Stack gap="sm">
            {data.items.map((c) => (
              <Paper withBorder p="md" key={c.id} data-certification={c.id}>
                <Group justify="space-between" wrap="wrap">
                  <Text fw={600} translate="no">
                    {c.title}
                  </Text>
                  <StatusTag status={c.status} />
                </Group>
                <Text size="sm">
                  {t('field.requestedAt')}: {formatDateTime(c.requestedAt)}
                </Text>
                {c.certificationNumber ? (
                  <Text size="sm">
                    {t('field.number')}: <span translate="no">{c.certificationNumber}</span>
                  </Text>
                ) : null}
                {(c.refusalReason ?? c.revocationReason) ? (
                  <Text size="sm">
                    {t('field.reason')}: {c.refusalReason ?? c.revocationReason}
                  </Text>
                ) : null}
                {c.status === 'certified' ? (
                  <Group gap="md" mt="xs" wrap="wrap">
                    <Anchor href={`/api/v1/me/certifications/${c.id}/pdf`} download>
                      {t('mine.download')}
                    </Anchor>
                    {c.code ? <Anchor href={`/verify/${c.code}`}>{t('mine.verify')}</Anchor> : null}
                  </Group>
                ) : null}
              </Paper>
            ))}
          </Stack>
        )}
      </Loaded>
    </Stack>
  )
}

function AskForm({ onAsked }: { onAsked: () => void }) {
  const { t, language } = useI18n(certificationMessages)
  const notify = useNotifyDone()
  const vault = useLoaded(platformQuery.useQuery('get', '/api/v1/me/documents'))
  const [documentId, setDocumentId] = useState('')
  const ask = useMutation({
    mutationFn: async (id: string) =>
      platform.POST('/api/v1/me/certifications', { body: { documentId: id } }),
    onSuccess: () => {
      notify(t('mine.asked'))
      onAsked()
    },
  })
  if (vault.state.status === 'loading') return <Loading />
  if (vault.state.status === 'error')
    return <ErrorMessage error={vault.state.error} onRetry={vault.reload} />
  const files = vault.state.data.documents.filter(
    (d) => d.file !== null && d.kind.code !== 'certified-copy',
  )
  if (files.length === 0) return <Text>{t('mine.noDocuments')}</Text>
  const chosen = documentId || files[0]!.id
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    ask.mutate(chosen)
  }
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <NativeSelect
            id="certify-document"
            label={t('mine.document')}
            value={chosen}
            onChange={(e) => {
              setDocumentId(e.currentTarget.value)
            }}
            data={files.map((d) => ({
              value: d.id,
              label: d.title ?? (language === 'en' ? d.kind.name.en : d.kind.name.vi),
            }))}
          />
          {ask.error ? <ErrorMessage error={ask.error} /> : null}
          <Group>
            <Button type="submit" loading={ask.isPending}>
              {t('mine.ask')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
