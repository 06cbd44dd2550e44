import { Group, Paper, Text, Title } from '@mantine/core'
import { Link } from '../../app/router'
import { useI18n } from '../../i18n/i18n'
import { feeText, inLanguage, timeLimitText } from './labels'
import { servicesMessages } from './messages'
import { Tag } from '../../components/Tag'
import type { ServiceSummary } from './types'

/** One service of the catalogue: what it is, who handles it, how long, how much. */
export function ServiceCard({ service, href }: { service: ServiceSummary; href: string }) {
  const i18n = useI18n(servicesMessages)
  const { t, language } = i18n
  const name = inLanguage(service.name, language)
  return (
    <Paper component="li" withBorder p="md" className="service-card">
      <Title order={2} size="h4">
        <Link to={href} className="service-card-link">
          {name}
        </Link>
      </Title>
      <Text size="sm" my="xs">
        {inLanguage(service.summary, language)}
      </Text>
      <dl className="facts facts-compact service-facts">
        <div>
          <dt>{t('services.agency')}</dt>
          <dd>{inLanguage(service.agency.name, language)}</dd>
        </div>
        <div>
          <dt>{t('services.timeLimit')}</dt>
          <dd>{timeLimitText(i18n, service.timeLimitDays)}</dd>
        </div>
        <div>
          <dt>{t('services.fee')}</dt>
          <dd>{feeText(i18n, service.fee)}</dd>
        </div>
      </dl>
      <Group gap="xs" mt="sm">
        {service.paperless ? <Tag color="green">{t('services.paperless')}</Tag> : null}
        <Tag color="blue">{t('services.eidLevel', { level: service.eidLevel })}</Tag>
        {service.linked ? <Tag color="grape">{t('services.linked')}</Tag> : null}
      </Group>
    </Paper>
  )
}
