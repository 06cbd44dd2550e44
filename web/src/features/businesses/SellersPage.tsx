import { Anchor, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { Loaded } from '../../components/Loaded'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { sellersMessages } from './messages'

type Commune = ResponseOf<'/api/v1/businesses/sellers', 'get'>[number]

function CommuneSellers({ commune }: { commune: Commune }) {
  const { t, language, number } = useI18n(sellersMessages)
  const heading = `commune-${commune.communeCode}`
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={heading}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={heading} translate="no">
          {commune.communeName}
        </Title>
        <Text size="sm" c="dimmed">
          {t('sellers.count', { count: number(commune.sellers.length) })}
        </Text>
        <List spacing="xs" listStyleType="none" ml={0} pl={0}>
          {commune.sellers.map((s) => (
            <List.Item key={s.shopUrl + s.name}>
              <Anchor
                href={s.shopUrl}
                target="_blank"
                rel="noopener noreferrer"
                translate="no"
                style={{ overflowWrap: 'anywhere' }}
              >
                {s.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {language === 'vi' ? s.tradeVi : s.tradeEn}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  )
}

/** Model 22 for anyone, signed in or not: the province's verified household sellers by commune. */
export default function SellersPage() {
  const { t } = useI18n(sellersMessages)
  usePageTitle(t('sellers.title'))
  const [commune, setCommune] = useState('')
  const { state, reload } = useLoaded(platformQuery.useQuery('get', '/api/v1/businesses/sellers'))
  const communes = state.status === 'ok' ? state.data : []
  const shown = commune ? communes.filter((c) => c.communeCode === commune) : communes
  return (
    <Stack gap="md">
      <Title order={1}>{t('sellers.title')}</Title>
      <Text>{t('sellers.intro')}</Text>
      <Loaded loaded={{ state, reload }} empty={<Text>{t('sellers.none')}</Text>}>
        {() => null}
      </Loaded>
      {communes.length > 1 ? (
        <NativeSelect
          label={t('sellers.commune')}
          value={commune}
          onChange={(event) => {
            setCommune(event.currentTarget.value)
          }}
          data={[
            { value: '', label: t('sellers.all') },
            ...communes.map((c) => ({ value: c.communeCode, label: c.communeName })),
          ]}
        />
      ) : null}
      {shown.map((c) => (
        <CommuneSellers key={c.communeCode} commune={c} />
      ))}
    </Stack>
  )
}
