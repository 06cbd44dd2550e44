import { Paper, Stack, Text, Title } from '@mantine/core'
import type { MyStays } from '../../api/types'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { Paged } from './Paged'
import { usePages } from './usePages'
import { Tag } from '../../components/Tag'
import { staysMessages } from './messages'

type Stay = MyStays['stays'][number]

function StayItem({ stay }: { stay: Stay }) {
  const { t, language } = useI18n(staysMessages)
  const [vi, en] = stay.establishment.typeName.split(' / ')
  const type = language === 'en' ? (en ?? vi) : vi
  return (
    <Paper component="li" withBorder p="md" className="stays-card">
      <Title order={2} size="h4" className="stays-card-name">
        {stay.establishment.name}
      </Title>
      <Text size="sm" mb="xs">
        {type} · {stay.commune.name}
      </Text>
      <dl className="facts facts-compact stays-facts">
        <div>
          <dt>{t('stays.arrivalAt')}</dt>
          <dd>{formatDateTime(stay.arrivalAt)}</dd>
        </div>
        {stay.departedAt ? (
          <div>
            <dt>{t('stays.departedAt')}</dt>
            <dd>{formatDateTime(stay.departedAt)}</dd>
          </div>
        ) : (
          <div>
            <dt>{t('stays.expectedDepartureAt')}</dt>
            <dd>
              {stay.expectedDepartureAt
                ? formatDateTime(stay.expectedDepartureAt)
                : t('myStays.stillThere')}
            </dd>
          </div>
        )}
        {stay.room ? (
          <div>
            <dt>{t('stays.place.any')}</dt>
            <dd>{stay.room}</dd>
          </div>
        ) : null}
      </dl>
      {stay.late ? (
        <Tag color="orange" mt="xs">
          {t('myStays.late')}
        </Tag>
      ) : null}
    </Paper>
  )
}

/** Where the resident has been declared as a guest, latest first. */
export default function MyStaysPage() {
  const { t } = useI18n(staysMessages)
  usePageTitle(t('myStays.title'))
  const list = usePages<MyStays>('/api/v1/me/stays?limit=20')
  const stays = list.pages.flatMap((p) => p.stays)
  return (
    <Stack gap="md">
      <Title order={1}>{t('myStays.title')}</Title>
      <Text>{t('myStays.intro')}</Text>
      <Paged list={list} isEmpty={stays.length === 0} emptyText={t('myStays.empty')}>
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          className="stays-cards"
          aria-label={t('myStays.title')}
        >
          {stays.map((stay) => (
            <StayItem key={stay.id} stay={stay} />
          ))}
        </Stack>
      </Paged>
    </Stack>
  )
}
