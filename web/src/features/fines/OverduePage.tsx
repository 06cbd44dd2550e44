import { Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { CommunePicker } from '../../components/CommunePicker'
import { Loaded } from '../../components/Loaded'
import { useRequirement } from '../../components/Requirement'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { FineFacts } from './fineFacts'
import { finesMessages } from './messages'
import { OfficerFinesLinks } from './officerLinks'

type Overdue = ResponseOf<'/api/v1/fines/overdue', 'get'>['items'][number]

const PAGE_SIZE = 20
/** The thresholds offered, in Vietnam calendar days past the due day. */
const THRESHOLDS = [1, 7, 30, 90] as const

/** The police's unpaid fines past their due day in their communes, oldest due first. */
export default function OverduePage() {
  const { t } = useI18n(finesMessages)
  usePageTitle(t('officer.overdue.title'))
  const requirement = useRequirement({ permission: 'fines.read', who: 'need.who.police' })
  return (
    <Stack gap="md">
      <Title order={1}>{t('officer.overdue.title')}</Title>
      {requirement.blocked ? (
        requirement.notice
      ) : (
        <>
          <Text>{t('officer.overdue.intro')}</Text>
          <OverdueList />
        </>
      )}
      <OfficerFinesLinks current="/officer/fines/overdue" />
    </Stack>
  )
}

function OverdueList() {
  const { t } = useI18n(finesMessages)
  const [communeCode, setCommuneCode] = useState('')
  const [minDays, setMinDays] = useState<number>(1)
  // The cursors of the pages before this one: going back pops one.
  const [cursors, setCursors] = useState<string[]>([])
  const after = cursors.at(-1)
  const overdue = useLoaded(
    platformQuery.useQuery('get', '/api/v1/fines/overdue', {
      params: {
        query: {
          limit: PAGE_SIZE,
          minDays,
          ...(communeCode ? { communeCode } : {}),
          ...(after ? { after } : {}),
        },
      },
    }),
  )
  return (
    <Stack gap="md">
      <Card withBorder role="search" aria-label={t('officer.overdue.filters')}>
        <Stack gap="sm">
          <CommunePicker
            id="overdue-commune"
            label={t('officer.overdue.commune')}
            value={communeCode}
            onChange={(code) => {
              setCommuneCode(code)
              setCursors([])
            }}
          />
          <NativeSelect
            id="overdue-days"
            label={t('officer.overdue.minDays')}
            value={String(minDays)}
            data={THRESHOLDS.map((days) => ({
              value: String(days),
              label: t('officer.overdue.atLeast', { days }),
            }))}
            onChange={(e) => {
              setMinDays(Number(e.currentTarget.value))
              setCursors([])
            }}
          />
        </Stack>
      </Card>
      <Loaded
        loaded={overdue}
        empty={<Text>{t('officer.overdue.empty')}</Text>}
        isEmpty={(data) => data.items.length === 0 && cursors.length === 0}
      >
        {(data) => (
          <Stack gap="sm">
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.items.map((item) => (
                <li key={item.id}>
                  <OverdueCard item={item} />
                </li>
              ))}
            </Stack>
            <Group gap="sm" wrap="wrap">
              {cursors.length > 0 ? (
                <Button
                  variant="default"
                  onClick={() => {
                    setCursors(cursors.slice(0, -1))
                  }}
                >
                  {t('officer.overdue.previous')}
                </Button>
              ) : null}
              {data.next ? (
                <Button
                  variant="default"
                  onClick={() => {
                    setCursors([...cursors, data.next!])
                  }}
                >
                  {t('officer.overdue.next')}
                </Button>
              ) : null}
            </Group>
          </Stack>
        )}
      </Loaded>
    </Stack>
  )
}

function OverdueCard({ item }: { item: Overdue }) {
  const { t, language } = useI18n(finesMessages)
  const headingId = `overdue-${item.id}`
  return (
    <Card withBorder component="article" aria-labelledby={headingId} data-overdue={item.id}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          <span translate="no">{item.plate}</span> ·{' '}
          {language === 'en' ? item.article.en : item.article.vi}
        </Title>
        <Text fw={700} c="red.9">
          {t('officer.overdue.days', { days: item.daysOverdue })}
        </Text>
        <FineFacts violation={item} />
      </Stack>
    </Card>
  )
}
