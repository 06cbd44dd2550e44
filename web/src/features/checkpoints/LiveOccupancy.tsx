import { Paper, Stack, Table, Text, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import type { CheckpointSite } from '../../api/types'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { checkpointsMessages } from './messages'

/** How often the live figures are asked again: the API offers no stream of them. */
export const LIVE_EVERY_MS = 3_000

/** A site's people inside now, in all and by gate of entry, asked again every few seconds. */
export function LiveOccupancy({ site }: { site: CheckpointSite }) {
  const { t, number } = useI18n(checkpointsMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery(
      'get',
      '/api/v1/checkpoints/sites/{id}/occupancy',
      { params: { path: { id: site.id } } },
      { refetchInterval: LIVE_EVERY_MS },
    ),
  )
  const headingId = `live-${site.id}`
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          <span translate="no">{site.name}</span>
        </Title>
        <Text size="sm">{t(`kind.${site.kind}`)}</Text>
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
        {state.status === 'ok' ? (
          <>
            <Text fw={700} size="lg">
              {t('sites.live')}:{' '}
              <span data-inside={state.data.inside}>
                {t('sites.people', { count: number(state.data.inside) })}
              </span>
            </Text>
            <Table>
              <Table.Caption>{t('sites.gates')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('gate.gate')}</Table.Th>
                  <Table.Th>{t('sites.live')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {state.data.gates.map((g) => (
                  <Table.Tr key={g.gateId}>
                    <Table.Td translate="no">{g.name}</Table.Td>
                    <Table.Td data-gate-inside={g.inside}>{number(g.inside)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" c="dimmed">
              {t('sites.updated', { time: formatDateTime(state.data.at) })}
            </Text>
          </>
        ) : null}
      </Stack>
    </Paper>
  )
}
