import { Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { WatchListEntry } from '../../api/types'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { useI18n } from '../../i18n/i18n'
import { SaidNotice } from './fields'
import type { Said } from './labels'
import { WATCH_LIST_PATH } from './watchListing'
import { WatchListCard } from './WatchListCard'
import { staysMessages } from './messages'

/**
 * Provincial police's review of the listings in the province: requests to approve or refuse
 * first, then listings in force, soonest to expire first, to renew or end.
 */
export function PoliceWatchReview() {
  const { t } = useI18n(staysMessages)
  const { state, reload } = useApi<{ entries: WatchListEntry[] }>(
    `${WATCH_LIST_PATH}/review?limit=500`,
  )
  const [done, setDone] = useState<Said>()
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  if (state.status !== 'ok') return <Loading />
  const { entries } = state.data
  return (
    <Stack gap="md">
      <SaidNotice said={done} />
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
                setDone(said)
                reload()
              }}
            />
          ))}
        </Stack>
      )}
    </Stack>
  )
}
