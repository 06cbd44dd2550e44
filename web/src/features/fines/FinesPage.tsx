import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import { Loaded } from '../../components/Loaded'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { FineFacts, FineStatus } from './fineFacts'
import { finesMessages } from './messages'

/** The resident's traffic violations, newest first, each with where its fine stands. */
export default function FinesPage() {
  const { t, language } = useI18n(finesMessages)
  usePageTitle(t('list.title'))
  const { state, reload } = useLoaded(platformQuery.useQuery('get', '/api/v1/me/fines'))
  return (
    <Stack gap="md">
      <Title order={1}>{t('list.title')}</Title>
      <Text>{t('list.intro')}</Text>
      <Loaded
        loaded={{ state, reload }}
        empty={<Text>{t('list.empty')}</Text>}
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('list.title')}
          >
            {data.items.map((violation) => (
              <Paper component="li" withBorder p="md" key={violation.id}>
                <Stack gap="xs">
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Title order={2} size="h4">
                      <Link to={`/me/fines/${violation.id}`}>
                        {language === 'en' ? violation.article.en : violation.article.vi}
                      </Link>
                    </Title>
                    <FineStatus violation={violation} />
                  </Group>
                  <FineFacts violation={violation} />
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </Loaded>
    </Stack>
  )
}
