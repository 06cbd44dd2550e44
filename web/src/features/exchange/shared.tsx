import { Paper, Select, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { Fact, Facts } from '../../components/Facts'
import { Tag } from '../../components/Tag'
import { useLoaded } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { exchangeMessages } from './messages'

export type Member = ResponseOf<'/api/v1/exchange/members', 'get'>[number]
export type Service = ResponseOf<'/api/v1/exchange/services', 'get'>[number]
export type Grant = ResponseOf<'/api/v1/exchange/grants', 'get'>[number]
export type ExchangeKey = keyof typeof exchangeMessages.vi

export const memberTypeKey = (type: string) => `type.${type}` as ExchangeKey

/** An approved grant past its expiry no longer lets anyone call: shown as expired. */
export function grantStatusKey(grant: Grant, now = Date.now()): ExchangeKey {
  if (grant.status === 'approved' && Date.parse(grant.expiresAt) <= now) return 'status.expired'
  return `status.${grant.status}` as ExchangeKey
}

const STATUS_COLORS: Partial<Record<ExchangeKey, string>> = {
  'status.requested': 'yellow',
  'status.approved': 'green',
  'status.refused': 'red',
  'status.revoked': 'gray',
  'status.expired': 'gray',
}

export function GrantStatus({ grant }: { grant: Grant }) {
  const { t } = useI18n(exchangeMessages)
  const key = grantStatusKey(grant)
  return (
    <Tag color={STATUS_COLORS[key] ?? 'gray'} data-status={grant.status}>
      {t(key)}
    </Tag>
  )
}

/** The members the signed-in officer administers, as the API knows them. */
export function useMyMembers() {
  return useLoaded(platformQuery.useQuery('get', '/api/v1/exchange/members/mine'))
}

/** Which of the officer's members acts: a choice only for one who administers several. */
export function MemberChoice({
  members,
  value,
  onChange,
  id,
}: {
  members: Member[]
  value: string
  onChange: (code: string) => void
  id: string
}) {
  const { t } = useI18n(exchangeMessages)
  if (members.length < 2) return null
  return (
    <Select
      id={id}
      label={t('member.choose')}
      data={members.map((m) => ({ value: m.code, label: `${m.code} · ${m.name}` }))}
      value={value}
      onChange={(code) => {
        if (code) onChange(code)
      }}
      allowDeselect={false}
      translate="no"
    />
  )
}

/** Codes and names of record data, shown as they are in both languages. */
export const Data = ({ children }: { children: ReactNode }) => (
  <span translate="no">{children}</span>
)

/** One data service: what it releases, for which purposes under which law, its limit, its target. */
export function ServiceCard({ service, children }: { service: Service; children?: ReactNode }) {
  const { t } = useI18n(exchangeMessages)
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      data-service={`${service.providerCode}/${service.code}`}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          <Data>{service.name}</Data>
        </Title>
        {service.description ? (
          <Text size="sm" translate="no">
            {service.description}
          </Text>
        ) : null}
        <Facts>
          <Fact term={t('service.provider')} translate="no">
            {service.providerCode}
          </Fact>
          <Fact term={t('service.code')} translate="no">
            {service.code}
          </Fact>
          <Fact term={t('service.attributes')}>
            {service.attributes.length ? (
              <Data>{service.attributes.join(', ')}</Data>
            ) : (
              t('service.noAttributes')
            )}
          </Fact>
          <Fact term={t('service.rate')}>
            {t('service.perMinute', { count: String(service.rateLimitPerMinute) })}
          </Fact>
          <Fact term={t('service.target')}>
            {service.target.kind === 'builtin' ? (
              <>
                {t('service.builtin')}: <Data>{service.target.name}</Data>
              </>
            ) : (
              <Data>{service.target.url}</Data>
            )}
          </Fact>
        </Facts>
        <Text size="sm" c="dimmed">
          {t('service.purposes')}
        </Text>
        <Stack component="ul" gap={4} m={0} pl="md">
          {service.purposes.map((p) => (
            <Text component="li" size="sm" key={p.code} translate="no">
              {p.name} ({p.code}): {p.legalBasis}
            </Text>
          ))}
        </Stack>
        {children}
      </Stack>
    </Paper>
  )
}

/** A grant's facts: who asks, for which service, purposes, data, reason, dates. */
export function GrantFacts({ grant }: { grant: Grant }) {
  const { t } = useI18n(exchangeMessages)
  return (
    <Facts>
      <Fact term={t('grant.consumer')} translate="no">
        {grant.consumerCode}
      </Fact>
      <Fact term={t('grant.service')} translate="no">
        {grant.providerCode}/{grant.serviceCode}
      </Fact>
      <Fact term={t('grant.purposes')} translate="no">
        {grant.purposes.join(', ')}
      </Fact>
      {grant.attributes.length ? (
        <Fact term={t('grant.attributes')} translate="no">
          {grant.attributes.join(', ')}
        </Fact>
      ) : null}
      {grant.reason ? (
        <Fact term={t('grant.reason')} translate="no">
          {grant.reason}
        </Fact>
      ) : null}
      <Fact term={t('grant.requestedAt')}>{formatDateTime(grant.requestedAt)}</Fact>
      <Fact term={t('grant.expiresAt')}>{formatDateTime(grant.expiresAt)}</Fact>
      {grant.decidedAt ? (
        <Fact term={t('grant.decidedAt')}>{formatDateTime(grant.decidedAt)}</Fact>
      ) : null}
      {grant.decisionNote ? (
        <Fact term={t('grant.note')} translate="no">
          {grant.decisionNote}
        </Fact>
      ) : null}
    </Facts>
  )
}
