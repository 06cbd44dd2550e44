import { Anchor, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { platformQuery } from '../../api/client'
import type { Establishment } from '../../api/types'
import { Link } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { UnitName } from '../../components/Place'
import { ErrorMessage, Loading, Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { FactList, LinkButton } from './EstablishmentParts'
import { useEstablishmentTypes } from './establishmentTypes'
import { capacityLabel, statusLabel, typeName } from './labels'
import { OwnerCredentials } from './OwnerCredentials'
import { OwnerStaff } from './OwnerStaff'
import { staysMessages } from './messages'

function Facts({ establishment: e }: { establishment: Establishment }) {
  const { t, language, number } = useI18n(staysMessages)
  const types = useEstablishmentTypes()
  const facts: [string, ReactNode][] = [
    [t('stays.owner.type'), typeName(language, types, e.typeCode)],
    [t('stays.owner.address'), e.address],
    [t('stays.owner.commune'), <UnitName key="commune" code={e.communeCode} />],
    [t('stays.owner.capacity'), `${number(e.capacity)} ${capacityLabel(t, e.capacityUnit)}`],
    [t('stays.workplace.code'), e.code],
    [t('stays.owner.status'), statusLabel(t, e.status)],
  ]
  if (e.decidedAt) facts.push([t('stays.owner.decidedAt'), formatDateTime(e.decidedAt)])
  return <FactList facts={facts} />
}

/** The owner's view of one establishment: the police's decision, then staff and API access. */
export default function OwnerPage({ params }: PageProps) {
  const { t } = useI18n(staysMessages)
  usePageTitle(t('stays.owner.manage'))
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/stays/establishments/mine'),
  )
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  const establishment = state.data.find((e) => e.id === params.id)
  if (!establishment)
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('stays.owner.manage')}</Title>
        <Text fs="italic">{t('stays.owner.notYours')}</Text>
        <Anchor component={Link} to="/establishment">
          {t('stays.establishments.title')}
        </Anchor>
      </Stack>
    )
  return (
    <Stack gap="md">
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {establishment.name}
      </Title>
      {establishment.status === 'pending' ? <Notice>{t('stays.owner.pending')}</Notice> : null}
      {establishment.status === 'refused' ? (
        <Notice kind="warning">
          {t('stays.owner.refused', { reason: establishment.decisionReason ?? '' })}
        </Notice>
      ) : null}
      <Facts establishment={establishment} />
      {establishment.status === 'approved' ? (
        <>
          <div>
            <LinkButton to={`/establishment/${encodeURIComponent(establishment.id)}`}>
              {t('stays.owner.openConsole')}
            </LinkButton>
          </div>
          <OwnerStaff establishmentId={establishment.id} />
          <OwnerCredentials
            establishmentId={establishment.id}
            clientId={establishment.ssoClientId}
          />
        </>
      ) : null}
    </Stack>
  )
}
