import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { platform, platformQuery } from '../../api/client'
import { QrCode } from '../../components/QrCode'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Notice } from '../../components/Status'
import { Tag } from '../../components/Tag'
import { useLoaded } from '../../components/useApi'
import { useNotifyDone } from '../../components/useNotify'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { documentsMessages } from './messages'
import type { CreatedShare, ShareSummary } from './types'
import { PlainList } from '../../components/PlainList'

/** The lifetimes offered, in hours: from an hour to thirty days. */
const LIFETIMES = [1, 24, 72, 168, 720]
const STATUS_COLORS = { active: 'green', expired: 'gray', revoked: 'red' } as const

function ShareItem({
  documentId,
  share,
  onRevoked,
}: {
  documentId: string
  share: ShareSummary
  onRevoked: () => Promise<void>
}) {
  const { t } = useI18n(documentsMessages)
  const done = useNotifyDone()
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const revoke = () => {
    setBusy(true)
    platform
      .DELETE('/api/v1/me/documents/{id}/shares/{shareId}', {
        params: { path: { id: documentId, shareId: share.id } },
      })
      .then(async () => {
        done(t('share.revokedDone'))
        await onRevoked()
      })
      .catch(setError)
      .finally(() => {
        setBusy(false)
      })
  }
  return (
    <Paper component="li" withBorder p="sm" data-share={share.id}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Tag color={STATUS_COLORS[share.status]}>{t(`share.${share.status}`)}</Tag>
          {share.status === 'active' ? (
            <Button size="xs" variant="default" loading={busy} onClick={revoke}>
              {t('share.revoke')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm">
          {t('share.createdAt', { at: formatDateTime(share.createdAt) })} ·{' '}
          {t('share.expiresAt', { at: formatDateTime(share.expiresAt) })}
        </Text>
        <Text size="sm" fw={600}>
          {t('share.openings', { count: share.openings.length })}
        </Text>
        {share.openings.length === 0 ? (
          <Text size="sm">{t('share.notOpened')}</Text>
        ) : (
          <ul className="share-openings">
            {share.openings.map((at) => (
              <li key={at}>{formatDateTime(at)}</li>
            ))}
          </ul>
        )}
        {error ? <ErrorMessage error={error} /> : null}
      </Stack>
    </Paper>
  )
}

/** Share one document by a link and its QR, for a chosen time; see and revoke the links. */
export function SharePanel({ documentId }: { documentId: string }) {
  const { t } = useI18n(documentsMessages)
  const queryClient = useQueryClient()
  const [hours, setHours] = useState(24)
  const [created, setCreated] = useState<CreatedShare | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const path = { params: { path: { id: documentId } } }
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/me/documents/{id}/shares', path),
  )
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/documents/{id}/shares'] })
  const share = () => {
    setBusy(true)
    setError(null)
    platform
      .POST('/api/v1/me/documents/{id}/shares', { ...path, body: { hours } })
      .then(async ({ data }) => {
        setCreated(data ?? null)
        await refresh()
      })
      .catch(setError)
      .finally(() => {
        setBusy(false)
      })
  }
  const lifetimeText = (h: number) =>
    h < 24 ? t('share.hours', { count: h }) : t('share.days', { count: h / 24 })
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="share-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="share-title">
          {t('share.title')}
        </Title>
        <Text size="sm">{t('share.intro')}</Text>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('share.lifetime')}
            value={String(hours)}
            data={LIFETIMES.map((h) => ({ value: String(h), label: lifetimeText(h) }))}
            onChange={(e) => {
              setHours(Number(e.currentTarget.value))
            }}
          />
          <Button type="button" loading={busy} onClick={share}>
            {t('share.create')}
          </Button>
        </Group>
        {error ? <ErrorMessage error={error} /> : null}
        {created ? (
          <Stack gap="xs" data-created-share>
            <Notice kind="success">
              {t('share.created', { at: formatDateTime(created.expiresAt) })}
            </Notice>
            <div style={{ maxWidth: 240 }}>
              <QrCode text={created.url} label={t('share.qr')} />
            </div>
            <Text size="sm">
              {t('share.link')}:{' '}
              <a
                href={created.url}
                data-share-url
                translate="no"
                style={{ wordBreak: 'break-all' }}
              >
                {created.url}
              </a>
            </Text>
          </Stack>
        ) : null}
        <Title order={3} size="h5">
          {t('share.list')}
        </Title>
        <Loaded
          loaded={{ state, reload }}
          empty={<Text size="sm">{t('share.none')}</Text>}
          isEmpty={(data) => data.shares.length === 0}
        >
          {(data) => (
            <PlainList gap="xs">
              {data.shares.map((s) => (
                <ShareItem key={s.id} documentId={documentId} share={s} onRevoked={refresh} />
              ))}
            </PlainList>
          )}
        </Loaded>
      </Stack>
    </Paper>
  )
}
