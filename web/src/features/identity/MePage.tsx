import type { MyAccount, MyRecord } from '../../api/types'
import { Link } from '../../app/router'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
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
  const { t } = useI18n()
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
  const { t } = useI18n()
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
      <h3 id="me-household" className="members-title">
        {t('me.household')}
      </h3>
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
  const { t } = useI18n()
  usePageTitle(t('me.title'))
  const { state, reload } = useApi<MyAccount>('/api/v1/identity/me')
  const record = useApi<MyRecord>('/api/v1/me/record')

  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') {
    return (
      <>
        <h1>{t('me.title')}</h1>
        <ErrorMessage error={state.error} onRetry={reload} />
      </>
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
    <>
      <h1>{t('me.title')}</h1>
      <section aria-labelledby="me-record" className="panel">
        <h2 id="me-record">{t('me.recordTitle')}</h2>
        {record.state.status === 'loading' ? <Loading /> : null}
        {record.state.status === 'error' ? (
          <ErrorMessage error={record.state.error} onRetry={record.reload} />
        ) : null}
        {record.state.status === 'ok' ? <RecordPanel record={record.state.data} /> : null}
      </section>
      <section aria-labelledby="me-account" className="panel">
        <h2 id="me-account">{t('me.account')}</h2>
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
      </section>
      <section aria-labelledby="me-conditions" className="panel">
        <h2 id="me-conditions">{t('me.conditionsTitle')}</h2>
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
      </section>
      <div className="actions">
        <Link to="/me/qr" className="button">
          {t('nav.myQr')}
        </Link>
        <Link to="/me/access-log" className="button button-secondary">
          {t('nav.accessLog')}
        </Link>
        <Link to="/me/consents" className="button button-secondary">
          {t('nav.consents')}
        </Link>
        <Link to="/me/sessions" className="button button-secondary">
          {t('nav.sessions')}
        </Link>
      </div>
    </>
  )
}
