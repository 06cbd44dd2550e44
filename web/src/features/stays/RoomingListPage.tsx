import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { ChangeEvent, SubmitEvent } from 'react'
import type { Establishment, RoomingListReport } from '../../api/types'
import type { PageProps } from '../../app/routes'
import { ErrorMessage } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { EstablishmentConsole } from './EstablishmentConsole'
import { useOnceSubmission } from './idempotency'
import { staysMessages } from './messages'
import { Field } from './ui'

/** What the platform reads, by the file's extension (a browser may not know a CSV's type). */
const TYPES: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const typeOf = (name: string): string | undefined =>
  TYPES[name.split('.').at(-1)?.toLowerCase() ?? '']

function Report({ report }: { report: RoomingListReport }) {
  const { t, language, number } = useI18n(staysMessages)
  const said = (message: string): string => {
    const [vi, en] = message.split(' / ')
    return (language === 'en' ? en : vi) ?? message
  }
  return (
    <section aria-labelledby="report-title">
      <Title order={2} id="report-title" mb="xs">
        {t('rooming.report')}
      </Title>
      <Text role="status" mb="xs">
        {t('rooming.totals', {
          accepted: number(report.accepted),
          refused: number(report.refused),
        })}
      </Text>
      <Stack component="ol" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
        {report.rows.map((row) => (
          <Text
            component="li"
            key={row.row}
            py="xs"
            px="sm"
            bg={row.status === 'refused' ? 'red.0' : undefined}
            style={{
              borderBottom: '1px solid var(--mantine-color-default-border)',
              overflowWrap: 'anywhere',
            }}
          >
            <strong>{t('rooming.rowNumber', { row: row.row })}</strong>
            {' · '}
            {row.status === 'accepted'
              ? t('rooming.accepted')
              : `${t('rooming.refused')}: ${said(row.message)}`}
          </Text>
        ))}
      </Stack>
    </section>
  )
}

function RoomingList({ establishment }: { establishment: Establishment }) {
  const { t } = useI18n(staysMessages)
  const [file, setFile] = useState<File | null>(null)
  const [error, setError] = useState<string>()
  const [report, setReport] = useState<RoomingListReport | null>(null)
  const submission = useOnceSubmission<RoomingListReport>()
  const { busy, failure } = submission

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null)
    setError(undefined)
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const type = file ? typeOf(file.name) : undefined
    if (!file || !type) {
      setError(t('rooming.fileRequired'))
      document.getElementById('rooming-file')?.focus()
      return
    }
    setReport(null)
    // The same file again (a retry) keeps its key; another file gets a new one.
    submission.submit(
      {
        path: `/api/v1/stays/establishments/${encodeURIComponent(establishment.id)}/rooming-lists`,
        body: new Blob([file], { type }),
        identity: { name: file.name, size: file.size, modified: file.lastModified },
      },
      setReport,
    )
  }

  return (
    <Stack gap="md">
      <Text>{t('rooming.intro')}</Text>
      <Paper component="form" withBorder p="md" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Field
            id="rooming-file"
            type="file"
            label={t('rooming.file')}
            hint={t('rooming.fileHint')}
            error={error}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={choose}
          />
          {failure ? <ErrorMessage error={failure} focus /> : null}
          <Button type="submit" disabled={busy} style={{ alignSelf: 'flex-start' }}>
            {busy ? t('common.sending') : t('rooming.upload')}
          </Button>
        </Stack>
      </Paper>
      {report ? <Report report={report} /> : null}
    </Stack>
  )
}

/** A tour group's rooming list (CSV or XLSX), each row declared on its own and reported. */
export default function RoomingListPage({ params }: PageProps) {
  const { t } = useI18n(staysMessages)
  return (
    <EstablishmentConsole
      id={params.id ?? ''}
      section="rooming-list"
      title={t('stays.nav.roomingList')}
    >
      {(establishment) => <RoomingList establishment={establishment} />}
    </EstablishmentConsole>
  )
}
