import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState, type ChangeEvent } from 'react'
import { api, platform, platformQuery } from '../../api/client'
import { useRequirement } from '../../components/Requirement'
import { ScanForm } from '../../components/ScanForm'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import type { PageProps } from '../../app/routing'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { CheckResult, type CheckAnswer } from './CheckResult'
import { scanLabels, verificationMessages } from './messages'
import { ScrollingTable } from './ScrollingTable'
import './print.css'

const TYPES: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

interface ImportReport {
  imported: number
  rejected: { line: number; message: string }[]
}

/** One exam session: import its list, check candidates at the door, print who attended. */
export default function ExamSessionPage({ params }: PageProps) {
  const { t } = useI18n(verificationMessages)
  usePageTitle(t('session.report'))
  const requirement = useRequirement({
    permission: 'verification.check',
    who: 'need.who.partnerStaff',
  })
  return requirement.blocked ? (
    <Stack gap="md">
      <Title order={1}>{t('session.report')}</Title>
      {requirement.notice}
    </Stack>
  ) : (
    <Session id={params.id ?? ''} />
  )
}

function Session({ id }: { id: string }) {
  const { t } = useI18n(verificationMessages)
  const report = useLoaded(
    platformQuery.useQuery('get', '/api/v1/verification/sessions/{id}', {
      params: { path: { id } },
    }),
  )
  const [answer, setAnswer] = useState<CheckAnswer>()
  const [imported, setImported] = useState<ImportReport>()
  const door = useMutation({
    mutationFn: async (code: string) =>
      (
        await platform.POST('/api/v1/verification/sessions/{id}/checks', {
          params: { path: { id } },
          body: { code },
        })
      ).data!,
    onSuccess: (data) => {
      setAnswer(data)
      report.reload()
    },
  })
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const type = TYPES[file.name.split('.').pop()?.toLowerCase() ?? '']
      return api<ImportReport>(
        `/api/v1/verification/sessions/${encodeURIComponent(id)}/candidates`,
        {
          method: 'POST',
          body: new Blob([file], { type: type ?? 'application/octet-stream' }),
        },
      )
    },
    onSuccess: (data) => {
      setImported(data)
      report.reload()
    },
  })
  return (
    <Loaded loaded={report}>
      {({ session, candidates, totals, flagged }) => (
        <Stack gap="md">
          <Title order={1}>
            <span translate="no">{session.title}</span>
          </Title>
          <Text>{formatDateTime(session.startsAt)}</Text>
          <Paper withBorder p="md" className="no-print">
            <Stack gap="sm">
              <Title order={2}>{t('session.import')}</Title>
              <label htmlFor="candidate-file">
                <Text>{t('session.importHint')}</Text>
              </label>
              <input
                id="candidate-file"
                type="file"
                accept=".csv,.xlsx"
                onChange={(e: ChangeEvent<HTMLInputElement>) => {
                  const file = e.target.files?.[0]
                  if (file) upload.mutate(file)
                }}
              />
              {upload.error ? <ErrorMessage error={upload.error} focus /> : null}
              {imported ? (
                <Stack gap="xs" role="status">
                  <Text>{t('session.imported', { count: imported.imported })}</Text>
                  {imported.rejected.length > 0 ? (
                    <>
                      <Text fw={600}>{t('session.rejected')}</Text>
                      <ul>
                        {imported.rejected.map((r) => (
                          <li key={r.line}>{r.message}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </Stack>
              ) : null}
            </Stack>
          </Paper>
          <div className="no-print">
            <Title order={2}>{t('session.door')}</Title>
            <ScanForm
              labels={scanLabels(t)}
              busy={door.isPending}
              onCode={(code) => {
                setAnswer(undefined)
                door.mutate(code)
              }}
            />
            {door.error ? <ErrorMessage error={door.error} focus /> : null}
            {answer ? <CheckResult answer={answer} /> : null}
          </div>
          <Title order={2}>{t('session.report')}</Title>
          <Text data-totals>
            {t('session.totals', {
              listed: totals.listed,
              present: totals.present,
              absent: totals.absent,
              flagged: totals.flagged,
            })}
          </Text>
          <Button
            className="no-print"
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => {
              window.print()
            }}
          >
            {t('session.print')}
          </Button>
          <ScrollingTable label={t('session.report')}>
            <Table className="attendance">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('field.seat')}</Table.Th>
                  <Table.Th>{t('field.name')}</Table.Th>
                  <Table.Th>{t('field.birthDate')}</Table.Th>
                  <Table.Th>{t('field.attendance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {candidates.map((c) => (
                  <Table.Tr key={c.personalNumber} data-attendance={c.attendance}>
                    <Table.Td translate="no">{c.seat ?? c.line}</Table.Td>
                    <Table.Td translate="no">{c.fullName}</Table.Td>
                    <Table.Td translate="no">{formatDate(c.birthDate)}</Table.Td>
                    <Table.Td>{t(`attendance.${c.attendance}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollingTable>
          {flagged.length > 0 ? (
            <>
              <Title order={3}>{t('session.flagged')}</Title>
              <ul>
                {flagged.map((f) => (
                  <li key={f.id}>
                    {formatDateTime(f.checkedAt)} · <span translate="no">{f.personalNumber}</span> ·{' '}
                    {f.flag ? t(`flag.${f.flag}`) : t(`result.${f.result}`)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Stack>
      )}
    </Loaded>
  )
}
