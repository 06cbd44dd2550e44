import {
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { Link } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { StatusBadge } from './DatasetsPage'
import { linkageMessages } from './messages'

type Dataset = ResponseOf<'/api/v1/linkage/datasets/{id}', 'get'>
type Mapping = NonNullable<Dataset['mapping']>

const FIELDS = [
  'fullName',
  'birthDate',
  'birthYear',
  'sex',
  'personalNumber',
  'oldIdNumber',
  'street',
  'commune',
  'district',
  'province',
  'phone',
] as const

const FONTS = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI', unicode: 'Unicode' } as const

/** One dataset: what reading it found, its preview, the mapping, and the import's progress. */
export default function DatasetPage({ params }: PageProps) {
  const { t } = useI18n(linkageMessages)
  const id = params.id ?? ''
  const dataset = useLoaded(
    platformQuery.useQuery(
      'get',
      '/api/v1/linkage/datasets/{id}',
      { params: { path: { id } } },
      { refetchInterval: (query) => (query.state.data?.status === 'importing' ? 1000 : false) },
    ),
  )
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/officer/linkage">
        {t('detail.back')}
      </Anchor>
      <Loaded loaded={dataset}>
        {(data) => <DatasetView dataset={data} onStarted={dataset.reload} />}
      </Loaded>
    </Stack>
  )
}

function DatasetView({ dataset, onStarted }: { dataset: Dataset; onStarted: () => void }) {
  const { t } = useI18n(linkageMessages)
  usePageTitle(t('detail.title'))
  return (
    <>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} translate="no">
          {dataset.name}
        </Title>
        <StatusBadge status={dataset.status} />
      </Group>
      {dataset.textEncoding ? (
        <Text size="sm">{t('detail.encoding', { encoding: dataset.textEncoding })}</Text>
      ) : null}
      {dataset.columns
        .filter((c) => c.encoding !== 'unicode')
        .map((c) => (
          <Notice kind="info" key={c.index}>
            <Text inherit>
              {t('detail.converted', { column: c.header, font: FONTS[c.encoding] })}
            </Text>
            {c.examples.map((e) => (
              <Text inherit key={e.before} translate="no">
                {t('detail.example', e)}
              </Text>
            ))}
          </Notice>
        ))}
      <Preview dataset={dataset} />
      <Progressing dataset={dataset} />
      {dataset.status === 'importing' ? null : (
        <MappingForm dataset={dataset} onStarted={onStarted} />
      )}
    </>
  )
}

function Preview({ dataset }: { dataset: Dataset }) {
  const { t } = useI18n(linkageMessages)
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="linkage-preview">
      <Title order={2} size="h4" id="linkage-preview" mb="sm">
        {t('detail.preview')}
      </Title>
      <div className="table-scroll" role="region" aria-label={t('detail.preview')} tabIndex={0}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              {dataset.columns.map((c) => (
                <Table.Th key={c.index} translate="no">
                  {c.header || `#${c.index + 1}`}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody translate="no">
            {dataset.preview.map((row, i) => (
              <Table.Tr key={i}>
                {row.map((cell, j) => (
                  <Table.Td key={j}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Paper>
  )
}

function Progressing({ dataset }: { dataset: Dataset }) {
  const { t } = useI18n(linkageMessages)
  const { progress } = dataset
  if (dataset.status === 'failed' && dataset.error)
    return (
      <Notice kind="warning">
        <Text inherit>{t('detail.failed')}</Text>
        <Text inherit>{dataset.error.message}</Text>
        {dataset.error.details ? (
          <Text inherit size="sm" translate="no">
            {JSON.stringify(dataset.error.details)}
          </Text>
        ) : null}
      </Notice>
    )
  if (dataset.status === 'imported')
    return (
      <Notice kind="success">
        <Text inherit>{t('detail.done', { count: progress.rowsWritten })}</Text>
      </Notice>
    )
  if (dataset.status !== 'importing') return null
  const share = progress.totalBytes ? (100 * progress.bytesRead) / progress.totalBytes : 0
  return (
    <Stack gap="xs">
      <Progress value={share} aria-label={t('status.importing')} animated />
      <Text size="sm" role="status">
        {progress.totalRows === null
          ? t('detail.progressBytes', { read: progress.bytesRead, total: progress.totalBytes })
          : t('detail.progress', { written: progress.rowsWritten, total: progress.totalRows })}
      </Text>
    </Stack>
  )
}

function MappingForm({ dataset, onStarted }: { dataset: Dataset; onStarted: () => void }) {
  const { t } = useI18n(linkageMessages)
  const [mapping, setMapping] = useState<Mapping>(dataset.mapping ?? {})
  const start = platformQuery.useMutation('post', '/api/v1/linkage/datasets/{id}/import', {
    onSuccess: onStarted,
  })
  const options = [
    { value: '', label: t('detail.none') },
    ...dataset.columns.map((c) => ({
      value: String(c.index),
      label: c.header || `#${c.index + 1}`,
    })),
  ]
  const rerun = dataset.status === 'imported'
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="linkage-mapping">
      <Stack gap="sm">
        <Title order={2} size="h4" id="linkage-mapping">
          {t('detail.mapping')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {FIELDS.map((field) => (
            <NativeSelect
              key={field}
              label={t(`field.${field}`)}
              data={options}
              translate="no"
              value={mapping[field] === undefined ? '' : String(mapping[field])}
              onChange={(event) => {
                const value = event.currentTarget.value
                const { [field]: _dropped, ...rest } = mapping
                setMapping(value === '' ? rest : { ...rest, [field]: Number(value) })
              }}
            />
          ))}
        </SimpleGrid>
        <Text size="sm">{t('detail.extra')}</Text>
        {start.error ? <ErrorMessage error={start.error} /> : null}
        <Group>
          <Button
            loading={start.isPending}
            onClick={() => {
              start.mutate({
                params: { path: { id: dataset.id } },
                body: { mapping, ...(rerun ? { rerun: true } : {}) },
              })
            }}
          >
            {t(rerun ? 'detail.rerun' : 'detail.import')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
