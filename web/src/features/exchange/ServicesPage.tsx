import { Stack, Text, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import { useSession } from '../../app/session'
import { useRequirement } from '../../components/Requirement'
import { Loaded } from '../../components/Loaded'
import { Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { exchangeMessages } from './messages'
import { PublishService } from './PublishService'
import { ServiceCard } from './shared'
import { PlainList } from '../../components/PlainList'

/**
 * The services a member's administrator's members publish (every one for the platform
 * administrator, who also publishes them: ADR 16).
 */
export default function ServicesPage() {
  const { t } = useI18n(exchangeMessages)
  usePageTitle(t('services.title'))
  const requirement = useRequirement({
    permission: 'exchange.read',
    who: 'need.who.exchangeMember',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('services.title')}</Title>
      <Text>{t('services.intro')}</Text>
      {requirement.blocked ? requirement.notice : <Services />}
    </Stack>
  )
}

function Services() {
  const { t } = useI18n(exchangeMessages)
  const session = useSession()
  const list = useLoaded(platformQuery.useQuery('get', '/api/v1/exchange/services'))
  const publishes =
    session.status === 'signed-in' && session.account.permissions.includes('exchange.manage')
  return (
    <>
      {publishes ? (
        <PublishService onPublished={list.reload} />
      ) : (
        <Notice>
          <Text inherit>{t('services.adminOnly')}</Text>
        </Notice>
      )}
      <Title order={2}>{t('services.list.title')}</Title>
      <Loaded loaded={list} empty={<Text>{t('services.list.empty')}</Text>}>
        {(data) => (
          <PlainList gap="sm">
            {data.map((s) => (
              <ServiceCard key={s.id} service={s} />
            ))}
          </PlainList>
        )}
      </Loaded>
    </>
  )
}
