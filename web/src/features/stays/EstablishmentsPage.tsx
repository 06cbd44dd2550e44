import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import { Loaded } from '../../components/Loaded'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { EstablishmentStatusTag, LinkButton } from './EstablishmentParts'
import { useEstablishmentTypes } from './establishmentTypes'
import { typeName } from './labels'
import { staysMessages } from './messages'

const consolePath = (id: string): string => `/establishment/${encodeURIComponent(id)}`

function MyEstablishments() {
  const { t, language } = useI18n(staysMessages)
  const types = useEstablishmentTypes()
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/stays/establishments/mine'),
  )
  return (
    <Loaded loaded={{ state, reload }} empty={<Text fs="italic">{t('stays.owner.none')}</Text>}>
      {(data) => (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('stays.owner.mine')}>
          {data.map((e) => (
            <Paper component="li" key={e.id} withBorder p="md" style={{ listStyle: 'none' }}>
              <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
                {e.name}
              </Title>
              <Text size="sm" mb="xs">
                {typeName(language, types, e.typeCode)} · {e.address}
              </Text>
              <EstablishmentStatusTag status={e.status} />
              {e.status === 'refused' && e.decisionReason ? (
                <Text mt="xs">{t('stays.owner.reason', { reason: e.decisionReason })}</Text>
              ) : null}
              <Group gap="sm" mt="sm">
                {e.status === 'approved' ? (
                  <LinkButton to={consolePath(e.id)}>{t('stays.owner.openConsole')}</LinkButton>
                ) : null}
                <LinkButton variant="default" to={`${consolePath(e.id)}/owner`}>
                  {t('stays.owner.manage')}
                </LinkButton>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Loaded>
  )
}

/** Where the signed-in person declares guests, from their staff grants. */
function Workplaces() {
  const { t } = useI18n(staysMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/stays/establishments/workplaces'),
  )
  return (
    <Loaded loaded={{ state, reload }} empty={<Text fs="italic">{t('stays.workplace.none')}</Text>}>
      {(data) => (
        <List spacing="xs">
          {data.map((w) => (
            <List.Item key={w.id}>
              <Anchor component={Link} to={consolePath(w.id)}>
                {w.name} · {t('stays.workplace.open')}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Loaded>
  )
}

/**
 * Accommodation declaration for the people who run a place: the owner's establishments (to
 * register, follow the police's decision, name staff) and the console of the place one works at.
 */
export default function EstablishmentsPage() {
  const { t } = useI18n(staysMessages)
  usePageTitle(t('stays.establishments.title'))
  return (
    <Stack gap="md">
      <Title order={1}>{t('stays.establishments.title')}</Title>
      <Text>{t('stays.establishments.intro')}</Text>
      <Paper component="section" withBorder p="md" aria-labelledby="workplace-title">
        <Title order={2} id="workplace-title" mb="xs">
          {t('stays.workplace.title')}
        </Title>
        <Workplaces />
      </Paper>
      <Stack component="section" gap="sm" aria-labelledby="mine-title">
        <Title order={2} id="mine-title">
          {t('stays.owner.mine')}
        </Title>
        <MyEstablishments />
        <div>
          <LinkButton to="/establishment/new">{t('stays.owner.register')}</LinkButton>
        </div>
      </Stack>
    </Stack>
  )
}
