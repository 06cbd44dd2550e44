import { Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import type { MyRecord } from '../../api/types'
import { Link } from '../../app/router'
import { Fact, Facts } from '../../components/Facts'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { identityMessages } from './messages'
import type { MessageKey } from '../../i18n/messages'
import { relationLabel, sexLabel } from '../population'

/** Only the last digits: the page may be read over a shoulder. */
const maskPhone = (phone: string): string =>
  `${'•'.repeat(Math.max(0, phone.length - 3))}${phone.slice(-3)}`

function Condition({
  met,
  label,
  missing,
  detail,
}: {
  met: boolean
  label: string
  missing: string
  detail?: string
}) {
  const { t } = useI18n(identityMessages)
  return (
    <List.Item
      icon={
        <ThemeIcon radius="xl" size={28} color={met ? 'green.9' : 'yellow.9'} aria-hidden="true">
          <Text span fw={700}>
            {met ? '✓' : '!'}
          </Text>
        </ThemeIcon>
      }
    >
      <strong>{label}</strong>: {met ? t('me.conditionMet') : t('me.conditionMissing')}
      {met && !detail ? null : (
        <Text size="sm" c="dimmed">
          {met ? detail : missing}
        </Text>
      )}
    </List.Item>
  )
}

/** The resident's entry in the population registry, as in the household book. */
function RecordPanel({ record }: { record: MyRecord }) {
  const { t } = useI18n(identityMessages)
  // An address is a proper name, written in Vietnamese whatever the page's language.
  const rows: { term: string; value: string; id?: string; mono?: boolean; name?: boolean }[] = [
    { term: t('field.fullName'), value: record.fullName, id: 'me-full-name' },
    { term: t('field.personalNumber'), value: record.personalNumber, mono: true },
    { term: t('field.birthDate'), value: formatDate(record.birthDate) },
    { term: t('field.sex'), value: sexLabel(t, record.sex) },
    { term: t('me.address'), value: record.address, name: true },
    {
      term: t('me.commune'),
      value: [record.commune.name, record.commune.province].filter(Boolean).join(', '),
    },
  ]
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {t('me.recordSource')}
      </Text>
      <Facts>
        {rows.map((row) => (
          <Fact
            key={row.term}
            term={row.term}
            data-testid={row.id}
            {...(row.mono ? { ff: 'monospace' as const } : {})}
            {...(row.name ? { lang: 'vi', translate: 'no' as const } : {})}
          >
            {row.value}
          </Fact>
        ))}
      </Facts>
      <Title order={3} id="me-household" mt="lg">
        {t('me.household')}
      </Title>
      <List listStyleType="none" aria-labelledby="me-household">
        {record.household.map((member, i) => (
          <List.Item
            key={`${member.fullName}-${String(i)}`}
            py={6}
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <strong>{member.fullName}</strong>
            {member.self ? ` ${t('me.you')}` : ''}
            <Text size="sm" c="dimmed">
              {relationLabel(t, member.relationToHead)} · {formatDate(member.birthDate)}
            </Text>
          </List.Item>
        ))}
      </List>
    </>
  )
}

export default function MePage() {
  const { t } = useI18n(identityMessages)
  usePageTitle(t('me.title'))
  const { state, reload } = useLoaded(platformQuery.useQuery('get', '/api/v1/identity/me'))
  const record = useLoaded(platformQuery.useQuery('get', '/api/v1/me/record'))

  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') {
    return (
      <Stack gap="md">
        <Title order={1}>{t('me.title')}</Title>
        <ErrorMessage error={state.error} onRetry={reload} />
      </Stack>
    )
  }
  const account = state.data
  const levelKey: MessageKey = account.level >= 2 ? 'me.level2' : 'me.level1'
  const linked = (
    link: { provider: string; linkedOn?: string | null; issuedOn?: string | null } | null,
  ) =>
    link
      ? `${link.provider}${(link.linkedOn ?? link.issuedOn) ? ` · ${formatDate((link.linkedOn ?? link.issuedOn)!)}` : ''}`
      : undefined
  return (
    <Stack gap="md">
      <Title order={1}>{t('me.title')}</Title>
      <Paper component="section" aria-labelledby="me-record" withBorder p="md">
        <Title order={2} id="me-record">
          {t('me.recordTitle')}
        </Title>
        <Loaded loaded={record}>{(data) => <RecordPanel record={data} />}</Loaded>
      </Paper>
      <Paper component="section" aria-labelledby="me-account" withBorder p="md">
        <Title order={2} id="me-account">
          {t('me.account')}
        </Title>
        <Facts>
          {record.state.status === 'ok' ? null : (
            <Fact term={t('field.personalNumber')} ff="monospace">
              {account.personalNumber}
            </Fact>
          )}
          <Fact term={t('me.level')}>{t(levelKey)}</Fact>
          <Fact term={t('field.phone')} ff="monospace">
            {maskPhone(account.phone)}
          </Fact>
          <Fact term={t('me.secondFactor')}>
            {account.secondFactor ? t('me.secondFactorOn') : t('me.secondFactorOff')}{' '}
            <Link to="/me/security">
              {account.secondFactor ? t('me.secondFactorRedo') : t('me.secondFactorSetUp')}
            </Link>
          </Fact>
        </Facts>
      </Paper>
      <Paper component="section" aria-labelledby="me-conditions" withBorder p="md">
        <Title order={2} id="me-conditions">
          {t('me.conditionsTitle')}
        </Title>
        <Text mb="xs">{t('me.conditionsIntro')}</Text>
        <List spacing="sm" center>
          <Condition
            met={account.conditions.eid}
            label={t('me.conditionEid')}
            missing={t('me.missingEid')}
            detail={t(levelKey)}
          />
          <Condition
            met={account.conditions.paymentAccount}
            label={t('me.conditionPayment')}
            missing={t('me.missingPayment')}
            detail={linked(account.paymentAccount)}
          />
          <Condition
            met={account.conditions.digitalSignature}
            label={t('me.conditionSignature')}
            missing={t('me.missingSignature')}
            detail={linked(account.digitalSignature)}
          />
        </List>
      </Paper>
      <Group gap="sm">
        <Button component={Link} to="/me/qr">
          {t('nav.myQr')}
        </Button>
        <Button component={Link} to="/me/access-log" variant="default">
          {t('nav.accessLog')}
        </Button>
        <Button component={Link} to="/me/consents" variant="default">
          {t('nav.consents')}
        </Button>
        <Button component={Link} to="/me/sessions" variant="default">
          {t('nav.sessions')}
        </Button>
      </Group>
    </Stack>
  )
}
