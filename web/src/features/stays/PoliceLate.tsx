import { Paper, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import type { LateByEstablishment } from '../../api/types'
import { Loaded } from '../../components/Loaded'
import { useApi } from '../../components/useApi'
import { useI18n } from '../../i18n/i18n'
import { PeriodFields } from './fields'
import { firstOfMonth, vietnamToday } from './time'
import { staysMessages } from './messages'

/** Late declarations counted by establishment over a period, the latest declarers first. */
export function PoliceLate() {
  const { t, number } = useI18n(staysMessages)
  const today = vietnamToday()
  const [period, setPeriod] = useState({ from: firstOfMonth(today), to: today })
  const isComplete = Boolean(period.from && period.to && period.from <= period.to)
  const { state, reload } = useApi<LateByEstablishment>(
    isComplete
      ? `/api/v1/stays/police/late-by-establishment?from=${period.from}&to=${period.to}`
      : null,
  )
  const percent = (share: number): string => `${number(Math.round(share * 1000) / 10)} %`
  return (
    <Stack gap="md">
      <Paper
        component="form"
        withBorder
        p="md"
        className="panel stays-filters"
        onSubmit={(e: { preventDefault: () => void }) => {
          e.preventDefault()
        }}
      >
        <PeriodFields idPrefix="late" period={period} onChange={setPeriod} />
      </Paper>
      {!isComplete ? (
        <Text c="var(--mantine-color-error)" size="sm">
          {t('police.periodInvalid')}
        </Text>
      ) : null}
      {/* Nothing is asked while the period is incomplete. */}
      {isComplete ? (
        <Loaded
          loaded={{ state, reload }}
          empty={<Text className="empty">{t('stays.noDeclarations')}</Text>}
          isEmpty={(data) => !data.establishments.length}
        >
          {(data) => (
            <div
              className="table-scroll"
              role="region"
              aria-label={t('police.view.late')}
              tabIndex={0}
            >
              <Table striped>
                <caption className="visually-hidden">{t('police.view.late')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('stays.establishment')}</Table.Th>
                    <Table.Th scope="col">{t('police.declaredCount')}</Table.Th>
                    <Table.Th scope="col">{t('police.lateCount')}</Table.Th>
                    <Table.Th scope="col">{t('police.onTime')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.establishments.map((row) => (
                    <Table.Tr key={row.establishment.id}>
                      <Table.Th scope="row">{row.establishment.name}</Table.Th>
                      <Table.Td>{number(row.declarations)}</Table.Td>
                      <Table.Td>{number(row.late)}</Table.Td>
                      <Table.Td>{percent(row.onTimeShare)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
        </Loaded>
      ) : null}
    </Stack>
  )
}
