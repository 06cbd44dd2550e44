import { Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { Establishment, StayRegisterPage } from '../../api/types'
import type { PageProps } from '../../app/routes'
import { useI18n } from '../../i18n/i18n'
import { DeclarationList } from './DeclarationCard'
import { EstablishmentConsole } from './EstablishmentConsole'
import { PeriodFields, Toggle } from './fields'
import { placeLabel } from './labels'
import { firstOfMonth, vietnamToday } from './time'
import { usePages } from './usePages'
import { staysMessages } from './messages'

function Register({ establishment }: { establishment: Establishment }) {
  const { t, number } = useI18n(staysMessages)
  const today = vietnamToday()
  const [period, setPeriod] = useState({ from: firstOfMonth(today), to: today })
  const [lateOnly, setLateOnly] = useState(false)
  const query = new URLSearchParams({ limit: '50' })
  if (period.from) query.set('from', period.from)
  if (period.to) query.set('to', period.to)
  if (lateOnly) query.set('late', 'true')
  const list = usePages<StayRegisterPage>(
    `/api/v1/stays/establishments/${encodeURIComponent(establishment.id)}/declarations?${query.toString()}`,
  )
  const first = list.pages[0]
  const place = placeLabel(t, establishment.capacityUnit)
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
        <PeriodFields idPrefix="register" period={period} onChange={setPeriod} />
        <Toggle checked={lateOnly} onChange={setLateOnly}>
          {t('stays.lateOnly')}
        </Toggle>
      </Paper>
      {first ? (
        <Text role="status">
          {t('stays.registerTotals', { total: number(first.total), late: number(first.lateCount) })}
        </Text>
      ) : null}
      <DeclarationList
        list={list}
        label={t('stays.nav.register')}
        emptyText={t('stays.noDeclarations')}
        placeLabel={place}
      />
    </Stack>
  )
}

/** The establishment's register: every declaration of a period, the late ones counted. */
export default function RegisterPage({ params }: PageProps) {
  const { t } = useI18n(staysMessages)
  return (
    <EstablishmentConsole id={params.id ?? ''} section="register" title={t('stays.nav.register')}>
      {(establishment) => <Register establishment={establishment} />}
    </EstablishmentConsole>
  )
}
