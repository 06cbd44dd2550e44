import { Button, Group, Paper, Stack, Title } from '@mantine/core'
import type { MyAccount, MyRecord } from '../../api/types'
import { Link } from '../../app/router'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
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
    <li className={`condition ${met ? 'condition-met' : 'condition-missing'}`}>
      <span className="condition-mark" aria-hidden="true">
        {met ? '✓' : '!'}
      </span>
      <div>
        <strong>{label}</strong>: {met ? t('me.conditionMet') : t('me.conditionMissing')}
        {met ? detail ? <p className="hint">{detail}</p> : null : <p className="hint">{missing}</p>}
      </div>
    </li>
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
      <p className="hint">{t('me.recordSource')}</p>
      <dl className="facts">
        {rows.map((row) => (
          <div key={row.term}>
            <dt>{row.term}</dt>
            <dd
              className={row.mono ? 'mono' : undefined}
              data-testid={row.id}
              {...(row.name ? { lang: 'vi', translate: 'no' as const } : {})}
            >
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
      <Title order={3} id="me-household" className="members-title">
        {t('me.household')}
      </Title>
      <ul className="members" aria-labelledby="me-household">
        {record.household.map((member, i) => (
          <li key={`${member.fullName}-${String(i)}`} className={member.self ? 'member-self' : ''}>
            <strong>{member.fullName}</strong>
            {member.self ? ` ${t('me.you')}` : ''}
            <span className="member-detail">
              {relationLabel(t, member.relationToHead)} · {formatDate(member.birthDate)}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}

export default function MePage() {
  const { t } = useI18n(identityMessages)
  usePageTitle(t('me.title'))
  const { state, reload } = useApi<MyAccount>('/api/v1/identity/me')
  const record = useApi<MyRecord>('/api/v1/me/record')

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
        {record.state.status === 'loading' ? <Loading /> : null}
        {record.state.status === 'error' ? (
          <ErrorMessage error={record.state.error} onRetry={record.reload} />
        ) : null}
        {record.state.status === 'ok' ? <RecordPanel record={record.state.data} /> : null}
      </Paper>
      <Paper component="section" aria-labelledby="me-account" withBorder p="md">
        <Title order={2} id="me-account">
          {t('me.account')}
        </Title>
        <dl className="facts">
          {record.state.status === 'ok' ? null : (
            <div>
              <dt>{t('field.personalNumber')}</dt>
              <dd className="mono">{account.personalNumber}</dd>
            </div>
          )}
          <div>
            <dt>{t('me.level')}</dt>
            <dd>{t(levelKey)}</dd>
          </div>
          <div>
            <dt>{t('field.phone')}</dt>
            <dd className="mono">{maskPhone(account.phone)}</dd>
          </div>
          <div>
            <dt>{t('me.secondFactor')}</dt>
            <dd>
              {account.secondFactor ? t('me.secondFactorOn') : t('me.secondFactorOff')}{' '}
              <Link to="/me/security">
                {account.secondFactor ? t('me.secondFactorRedo') : t('me.secondFactorSetUp')}
              </Link>
            </dd>
          </div>
        </dl>
      </Paper>
      <Paper
        component="section"
        aria-labelledby="me-conditions"
        className="panel"
        withBorder
        p="md"
      >
        <Title order={2} id="me-conditions">
          {t('me.conditionsTitle')}
        </Title>
        <p>{t('me.conditionsIntro')}</p>
        <ul className="conditions">
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
        </ul>
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
