import { Alert, Button, Group, Loader, Text } from '@mantine/core'
import { useI18n } from '../../i18n/i18n'
import { dashboardsMessages } from './messages'

/** The analytical copy is still being built: said so, with when the page asks again by itself. */
export function Preparing({ seconds, onRetry }: { seconds: number; onRetry: () => void }) {
  const { t } = useI18n(dashboardsMessages)
  return (
    <Alert role="status" color="blue" variant="light" my="md">
      <Group gap="xs" wrap="nowrap" mb="xs">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('dashboards.preparing')}</Text>
      </Group>
      <Text mb="sm">{t('dashboards.preparingRetry', { seconds })}</Text>
      <Button type="button" variant="outline" className="no-print" onClick={onRetry}>
        {t('dashboards.retryNow')}
      </Button>
    </Alert>
  )
}
