import { useState, type ReactNode } from 'react'
import { api } from '../../api/client'
import type { Household, Movement, Resident } from '../../api/types'
import { Link, navigate, useLocation } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { Place } from '../../components/Place'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Loading, Notice } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { movementLabel, relationLabel, sexLabel, statusLabel } from './labels'
import { PurposePicker } from './PurposePicker'
import { ResidentTable } from './ResidentTable'
import { isPurpose } from './purposes'

function Record({ resident }: { resident: Resident }) {
  const { t } = useI18n()
  const rows: [string, ReactNode][] = [
    [t('field.personalNumber'), resident.personalNumber],
    [t('field.birthDate'), formatDate(resident.birthDate)],
    [t('field.sex'), sexLabel(t, resident.sex)],
    [t('officer.status'), statusLabel(t, resident.status)],
    [
      t('officer.commune'),
      <Place name={resident.communeName} code={resident.communeCode} withCode />,
    ],
    [
      t('officer.birthProvince'),
      <Place name={resident.birthProvinceName} code={resident.birthProvinceCode} withCode />,
    ],
    [t('officer.relation'), relationLabel(t, resident.relationToHead)],
    [t('officer.oldId'), resident.oldIdNumber ?? '—'],
    [
      t('officer.card'),
      resident.cardIssuedOn
        ? `${formatDate(resident.cardIssuedOn)} → ${resident.cardExpiresOn ? formatDate(resident.cardExpiresOn) : '—'}`
        : '—',
    ],
    [
      t('me.level'),
      resident.eidLevel ? t('officer.eidLevel', { level: resident.eidLevel }) : t('officer.noEid'),
    ],
  ]
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function RaiseLevel({ personalNumber, level }: { personalNumber: string; level: number }) {
  const { t } = useI18n()
  const [stage, setStage] = useState<'idle' | 'confirm' | 'busy' | 'done'>('idle')
  const [failure, setFailure] = useState<unknown>(null)
  const [raisedAt, setRaisedAt] = useState('')
  const requirement = useRequirement({
    permission: 'identity.account.raiseLevel',
    who: 'need.who.raiseLevel',
    how: 'need.how.raiseLevel',
  })
  if (level >= 2 && stage !== 'done') return null
  const raise = () => {
    setStage('busy')
    setFailure(null)
    api<{ level: 2; raisedAt: string }>(`/api/v1/identity/accounts/${personalNumber}/level2`, {
      method: 'POST',
    }).then(
      (answer) => {
        setRaisedAt(answer.raisedAt)
        setStage('done')
      },
      (error: unknown) => {
        setFailure(error)
        setStage('idle')
      },
    )
  }
  return (
    <section aria-labelledby="raise-title" className="panel">
      <h2 id="raise-title">{t('officer.raiseTitle')}</h2>
      {stage === 'done' ? (
        <Notice kind="success">{t('officer.raised', { at: formatDateTime(raisedAt) })}</Notice>
      ) : requirement.blocked ? (
        requirement.notice
      ) : (
        <>
          <p>{t('officer.raiseIntro')}</p>
          {failure ? <ErrorMessage error={failure} focus /> : null}
          {stage === 'confirm' || stage === 'busy' ? (
            <div className="actions">
              <button type="button" className="button" onClick={raise} disabled={stage === 'busy'}>
                {t('officer.raiseConfirm')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setStage('idle')
                }}
              >
                {t('common.cancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => {
                setStage('confirm')
              }}
            >
              {t('officer.raise')}
            </button>
          )}
        </>
      )}
    </section>
  )
}

/** One resident's record, household and movements: three reads, each audited with the purpose. */
export default function ResidentPage({ params }: PageProps) {
  const { t } = useI18n()
  const { query } = useLocation()
  const number = params.number ?? ''
  const given = query.get('purpose')
  const purpose = isPurpose(given) ? given : null
  usePageTitle(t('officer.residentTitle'))
  const base = `/api/v1/population/residents/${encodeURIComponent(number)}`
  const suffix = purpose ? `?purpose=${purpose}` : ''
  const resident = useApi<Resident>(purpose ? base + suffix : null)
  const household = useApi<Household>(purpose ? `${base}/household${suffix}` : null)
  const movements = useApi<{ movements: Movement[] }>(purpose ? `${base}/movements${suffix}` : null)

  if (!purpose) {
    return (
      <div className="narrow">
        <h1>{t('officer.residentTitle')}</h1>
        <PurposePicker
          value={null}
          onChange={(p) => {
            if (p) navigate(`/officer/residents/${number}?purpose=${p}`, { replace: true })
          }}
        />
      </div>
    )
  }

  return (
    <>
      <p>
        <Link to={`/officer?purpose=${purpose}`}>← {t('officer.backToSearch')}</Link>
      </p>
      {resident.state.status === 'loading' ? <Loading /> : null}
      {resident.state.status === 'error' ? (
        <>
          <h1>{t('officer.residentTitle')}</h1>
          <ErrorMessage error={resident.state.error} onRetry={resident.reload} />
        </>
      ) : null}
      {resident.state.status === 'ok' ? (
        <>
          <h1>{resident.state.data.fullName}</h1>
          <section aria-labelledby="record-title" className="panel">
            <h2 id="record-title">{t('officer.record')}</h2>
            <Record resident={resident.state.data} />
          </section>
          <section aria-labelledby="household-title" className="panel">
            <h2 id="household-title">{t('officer.household')}</h2>
            {household.state.status === 'loading' ? <Loading /> : null}
            {household.state.status === 'error' ? (
              <ErrorMessage error={household.state.error} onRetry={household.reload} />
            ) : null}
            {household.state.status === 'ok' ? (
              <>
                <p>
                  <strong>{t('officer.address')}:</strong>{' '}
                  {/* An address is a proper name, in Vietnamese whatever the page's language. */}
                  <span lang="vi" translate="no">
                    {household.state.data.household.address}
                  </span>
                </p>
                <ResidentTable
                  residents={household.state.data.members}
                  purpose={purpose}
                  caption={t('officer.members')}
                />
              </>
            ) : null}
          </section>
          <section aria-labelledby="movements-title" className="panel">
            <h2 id="movements-title">{t('officer.movements')}</h2>
            {movements.state.status === 'loading' ? <Loading /> : null}
            {movements.state.status === 'error' ? (
              <ErrorMessage error={movements.state.error} onRetry={movements.reload} />
            ) : null}
            {movements.state.status === 'ok' ? (
              movements.state.data.movements.length ? (
                <ul className="movements">
                  {movements.state.data.movements.map((m, i) => (
                    <li key={`${m.occurredOn}-${String(i)}`}>
                      <strong>{formatDate(m.occurredOn)}</strong> · {movementLabel(t, m.kind)} ·{' '}
                      <Place name={m.communeName} code={m.communeCode} />
                      {m.otherProvinceCode ? (
                        <>
                          {' · '}
                          {t('officer.otherProvince')}{' '}
                          <Place name={m.otherProvinceName} code={m.otherProvinceCode} />
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="empty">{t('officer.noMovements')}</p>
              )
            ) : null}
          </section>
          <RaiseLevel personalNumber={number} level={resident.state.data.eidLevel} />
        </>
      ) : null}
    </>
  )
}
