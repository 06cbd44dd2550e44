import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useI18n } from '../../i18n/i18n'
import { feeText, inLanguage, timeLimitText } from './labels'
import { servicesMessages } from './messages'
import { Tag } from '../../components/Tag'
import type { ServiceDetail } from './types'

/** What a service is before its form: who handles it, how long, the fee, the steps, the parts. */
export function ServiceFacts({ service }: { service: ServiceDetail }) {
  const i18n = useI18n(servicesMessages)
  const { t, language } = i18n
  return (
    <Stack gap="sm">
      <Text>{inLanguage(service.summary, language)}</Text>
      <Group gap="xs">
        {service.paperless ? <Tag color="green">{t('services.paperless')}</Tag> : null}
        <Tag color="blue">{t('services.eidLevel', { level: service.eidLevel })}</Tag>
        {service.linked ? <Tag color="grape">{t('services.linked')}</Tag> : null}
      </Group>
      <dl className="facts">
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
          <dd>
            {feeText(i18n, service.fee)}
            {service.feeNote ? (
              <Text span size="sm" fw={400} display="block">
                {inLanguage(service.feeNote, language)}
              </Text>
            ) : null}
          </dd>
        </div>
      </dl>
      {service.parts.length > 0 ? (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('service.parts')}
          </Title>
          <ul>
            {service.parts.map((part) => (
              <li key={part.code}>
                {inLanguage(part.name, language)} ({inLanguage(part.agency, language)})
              </li>
            ))}
          </ul>
        </Paper>
      ) : null}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('service.steps')}
        </Title>
        <ol className="service-steps">
          {service.steps.map((step) => (
            <li key={step.key}>{inLanguage(step.name, language)}</li>
          ))}
        </ol>
      </Paper>
    </Stack>
  )
}
