import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { platform, platformQuery } from '../../api/client'
import { useRequirement } from '../../components/Requirement'
import { ScanForm } from '../../components/ScanForm'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { CheckResult, type CheckAnswer } from './CheckResult'
import { scanLabels, verificationMessages } from './messages'
import { ScrollingTable } from './ScrollingTable'

type Purpose =
  'medicalCheckIn' | 'notarisation' | 'pawnTransaction' | 'examAttendance' | 'schoolCheck'
type Result = 'match' | 'mismatch' | 'notFound'

/** A partner's staff member checks a person's identity, phone first, and sees the partner's checks. */
export default function CheckPage() {
  const { t } = useI18n(verificationMessages)
  usePageTitle(t('check.title'))
  const requirement = useRequirement({
    permission: 'verification.check',
    who: 'need.who.partnerStaff',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('check.title')}</Title>
      {requirement.blocked ? requirement.notice : <Desk />}
    </Stack>
  )
}

function Desk() {
  const { t } = useI18n(verificationMessages)
  const mine = useLoaded(platformQuery.useQuery('get', '/api/v1/verification/partner'))
  const [purpose, setPurpose] = useState<Purpose>()
  const [answer, setAnswer] = useState<CheckAnswer>()
  const [filter, setFilter] = useState<{ purpose?: Purpose; result?: Result }>({})
  const checks = useLoaded(
    platformQuery.useQuery('get', '/api/v1/verification/checks', { params: { query: filter } }),
  )
  const check = useMutation({
    mutationFn: async (code: string) => {
      const chosen =
        purpose ?? (mine.state.status === 'ok' ? mine.state.data.purposes[0] : undefined)
      if (!chosen) throw new Error('no purpose')
      const response = await platform.POST('/api/v1/verification/checks', {
        body: { code, purpose: chosen },
      })
      return response.data!
    },
    onSuccess: (data) => {
      setAnswer(data)
      checks.reload()
    },
  })
  return (
    <Loaded loaded={mine}>
      {({ partner, purposes }) => (
        <>
          <Text>{t('check.intro')}</Text>
          <Text>
            {t('check.partner')}: <strong translate="no">{partner.name}</strong>
          </Text>
          <ScanForm
            labels={scanLabels(t)}
            busy={check.isPending}
            onCode={(code) => {
              setAnswer(undefined)
              check.mutate(code)
            }}
          >
            <NativeSelect
              id="check-purpose"
              label={t('check.purpose')}
              value={purpose ?? purposes[0]}
              data={purposes.map((p) => ({ value: p, label: t(`purpose.${p}`) }))}
              onChange={(e) => {
                setPurpose(e.currentTarget.value as Purpose)
              }}
            />
          </ScanForm>
          {check.error ? <ErrorMessage error={check.error} focus /> : null}
          {answer ? (
            <>
              <Title order={2}>{t('check.result')}</Title>
              <CheckResult answer={answer} />
            </>
          ) : null}
          <Title order={2}>{t('check.recent')}</Title>
          <Stack gap="xs">
            <NativeSelect
              id="filter-purpose"
              label={t('check.purpose')}
              value={filter.purpose ?? ''}
              data={[
                { value: '', label: t('check.allPurposes') },
                ...purposes.map((p) => ({ value: p, label: t(`purpose.${p}`) })),
              ]}
              onChange={(e) => {
                const value = e.currentTarget.value as Purpose | ''
                setFilter((f) => ({ ...f, purpose: value || undefined }))
              }}
            />
            <NativeSelect
              id="filter-result"
              label={t('check.result')}
              value={filter.result ?? ''}
              data={[
                { value: '', label: t('check.allResults') },
                ...(['match', 'mismatch', 'notFound'] as const).map((r) => ({
                  value: r,
                  label: t(`result.${r}`),
                })),
              ]}
              onChange={(e) => {
                const value = e.currentTarget.value as Result | ''
                setFilter((f) => ({ ...f, result: value || undefined }))
              }}
            />
          </Stack>
          {checks.state.status === 'ok' ? (
            checks.state.data.checks.length === 0 ? (
              <Text>{t('check.empty')}</Text>
            ) : (
              <ScrollingTable label={t('check.recent')}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('field.at')}</Table.Th>
                      <Table.Th>{t('field.number')}</Table.Th>
                      <Table.Th>{t('check.result')}</Table.Th>
                      <Table.Th>{t('field.method')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {checks.state.data.checks.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>{formatDateTime(c.checkedAt)}</Table.Td>
                        <Table.Td translate="no">{c.personalNumber}</Table.Td>
                        <Table.Td>{t(`result.${c.result}`)}</Table.Td>
                        <Table.Td>{t(`method.${c.method}`)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollingTable>
            )
          ) : null}
        </>
      )}
    </Loaded>
  )
}
