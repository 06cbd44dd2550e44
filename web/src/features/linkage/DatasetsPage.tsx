import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState, type SyntheticEvent } from 'react'
import { api, ApiError, platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { Link, navigate } from '../../app/router'
import { Loaded } from '../../components/Loaded'
import { PlainList } from '../../components/PlainList'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { linkageMessages } from './messages'

type Dataset = ResponseOf<'/api/v1/linkage/datasets/{id}', 'get'>

/** An agency officer's lists: each with its status, and a form to upload another. */
export default function DatasetsPage() {
  const { t } = useI18n(linkageMessages)
  usePageTitle(t('list.title'))
  const requirement = useRequirement({
    permission: 'linkage.datasets.import',
    who: 'need.who.linkage',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('list.title')}</Title>
      <Text>{t('list.intro')}</Text>
      {requirement.blocked ? (
        requirement.notice
      ) : (
        <>
          <UploadForm />
          <Datasets />
        </>
      )}
    </Stack>
  )
}

function UploadForm() {
  const { t } = useI18n(linkageMessages)
  const [name, setName] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    if (!file) return
    setSending(true)
    setFailure(null)
    const query = new URLSearchParams({ name: name.trim() || file.name, fileName: file.name })
    // The file goes as it is, streamed by the server to the database; its bytes say its kind.
    const body = new Blob([file], { type: file.type || 'application/octet-stream' })
    api<Dataset>(`/api/v1/linkage/datasets?${query.toString()}`, { method: 'POST', body })
      .then((dataset) => {
        navigate(`/officer/linkage/${dataset.id}`)
      })
      .catch((error: unknown) => {
        setFailure(error)
        setSending(false)
      })
  }
  const earlier =
    failure instanceof ApiError && failure.code === 'LINKAGE_DATASET_DUPLICATE'
      ? (failure.details as { datasetId: string }).datasetId
      : null
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="linkage-upload">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="linkage-upload">
            {t('upload.title')}
          </Title>
          <TextInput
            label={t('upload.name')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value)
            }}
            maxLength={200}
          />
          <FileInput
            label={t('upload.file')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            required
            clearable
          />
          {earlier ? (
            <Notice kind="warning">
              <Text inherit>{t('upload.duplicate')}</Text>
              <Anchor component={Link} to={`/officer/linkage/${earlier}`}>
                {t('upload.openEarlier')}
              </Anchor>
            </Notice>
          ) : failure ? (
            <ErrorMessage error={failure} />
          ) : null}
          <Group>
            <Button type="submit" loading={sending} disabled={!file}>
              {t('upload.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}

export function StatusBadge({ status }: { status: Dataset['status'] }) {
  const { t } = useI18n(linkageMessages)
  const color = { uploaded: 'blue', importing: 'yellow', imported: 'green', failed: 'red' }[status]
  return (
    <Badge color={color} variant="light">
      {t(`status.${status}`)}
    </Badge>
  )
}

function Datasets() {
  const { t } = useI18n(linkageMessages)
  const datasets = useLoaded(platformQuery.useQuery('get', '/api/v1/linkage/datasets'))
  return (
    <Loaded
      loaded={datasets}
      empty={<Text>{t('list.empty')}</Text>}
      isEmpty={(data) => data.items.length === 0}
    >
      {(data) => (
        <PlainList gap="sm">
          {data.items.map((dataset) => (
            <li key={dataset.id}>
              <Paper withBorder p="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Anchor component={Link} to={`/officer/linkage/${dataset.id}`} translate="no">
                    {dataset.name}
                  </Anchor>
                  <StatusBadge status={dataset.status} />
                </Group>
                <Text size="sm" c="dimmed">
                  <span translate="no">{dataset.fileName}</span> ·{' '}
                  {formatDateTime(dataset.uploadedAt)}
                  {dataset.progress.totalRows !== null
                    ? ` · ${t('list.rows', { count: dataset.progress.totalRows })}`
                    : ''}
                </Text>
              </Paper>
            </li>
          ))}
        </PlainList>
      )}
    </Loaded>
  )
}
