import { Stack, Text } from '@mantine/core'
import { platformQuery } from '../../api/client'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useI18n } from '../../i18n/i18n'
import { WatchListCard } from './WatchListCard'
import { staysMessages } from './messages'
import { useTellDone } from './useTellDone'

/**
 * Provincial police's review of the listings in the province: requests to approve or refuse
 * first, then listings in force, soonest to expire first, to renew or end.
 */
export function PoliceWatchReview() {
  const { t } = useI18n(staysMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/stays/police/watch-list/review', {
      params: { query: { limit: 500 } },
    }),
  )
  const tellDone = useTellDone()
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  if (state.status !== 'ok') return <Loading />
  const { entries } = state.data
  return (
    <Stack gap="md">
      <Text size="sm">{t('police.reviewHint')}</Text>
      {entries.length === 0 ? (
        <Text>{t('police.reviewEmpty')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          className="stays-cards"
          aria-label={t('police.view.watchReview')}
        >
          {entries.map((entry) => (
            <WatchListCard
              key={entry.id}
              entry={entry}
              review
              onChanged={(said) => {
                tellDone(said)
                reload()
              }}
            />
          ))}
        </Stack>
      )}
    </Stack>
  )
}
