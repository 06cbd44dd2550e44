import { Anchor, Paper, Text, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import { useLoaded } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { inLanguage } from './labels'
import { servicesMessages } from './messages'
import { PlainList } from '../../components/PlainList'

/** The forms the resident began and has not filed, on any device, to go on with. */
export function MyDrafts() {
  const { t, language } = useI18n(servicesMessages)
  const drafts = useLoaded(platformQuery.useQuery('get', '/api/v1/services/drafts')).state
  const services = useLoaded(platformQuery.useQuery('get', '/api/v1/services/catalogue')).state
  if (drafts.status !== 'ok' || drafts.data.drafts.length === 0) return null
  const names = new Map(
    services.status === 'ok' ? services.data.services.map((s) => [s.code, s.name]) : [],
  )
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="drafts-title">
      <Title order={2} size="h3" id="drafts-title" mb="xs">
        {t('myDossiers.drafts')}
      </Title>
      <PlainList gap="xs">
        {drafts.data.drafts.map((draft) => {
          const name = names.get(draft.serviceCode)
          return (
            <li key={draft.serviceCode}>
              <Anchor component={Link} to={`/services/${encodeURIComponent(draft.serviceCode)}`}>
                {name ? inLanguage(name, language) : draft.serviceCode}
              </Anchor>
              <Text size="sm">
                {t('service.draftSaved', { at: formatDateTime(draft.updatedAt) })}
              </Text>
            </li>
          )
        })}
      </PlainList>
    </Paper>
  )
}
