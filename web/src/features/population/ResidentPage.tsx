import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { api } from '../../api/client'
import type { Household, Movement, Resident } from '../../api/types'
import { Link, navigate, useLocation } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { Place } from '../../components/Place'
import { useRequirement } from '../../components/Requirement'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { populationMessages } from './messages'
import { movementLabel, relationLabel, sexLabel, statusLabel } from './labels'
import { PurposePicker } from './PurposePicker'
import { ResidentTable } from './ResidentTable'
import { isPurpose } from './purposes'

function Record({ resident }: { resident: Resident }) {
  const { t } = useI18n(populationMessages)
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
  const { t } = useI18n(populationMessages)
  const [confirming, setConfirming] = useState(false)
  // No reload afterwards: every read of the record is written in the resident's access log.
  const raise = useMutation({
    mutationFn: () =>
      api<{ level: 2; raisedAt: string }>(`/api/v1/identity/accounts/${personalNumber}/level2`, {
        method: 'POST',
      }),
    onError: () => {
      setConfirming(false)
    },
  })
  const requirement = useRequirement({
    permission: 'identity.account.raiseLevel',
    who: 'need.who.raiseLevel',
    how: 'need.how.raiseLevel',
  })
  if (level >= 2 && !raise.data) return null
  return (
    <Paper component="section" aria-labelledby="raise-title" withBorder p="md">
      <Title order={2} id="raise-title">
        {t('officer.raiseTitle')}
      </Title>
      {raise.data ? (
        <Alert role="status" color="green">
          {t('officer.raised', { at: formatDateTime(raise.data.raisedAt) })}
        </Alert>
      ) : requirement.blocked ? (
        requirement.notice
      ) : (
        <Stack gap="sm" align="flex-start">
          <p>{t('officer.raiseIntro')}</p>
          {raise.error ? <ErrorMessage error={raise.error} focus /> : null}
          {confirming ? (
            <Group gap="sm">
              <Button
                type="button"
                onClick={() => {
                  raise.mutate()
                }}
                disabled={raise.isPending}
              >
                {t('officer.raiseConfirm')}
              </Button>
              <Button
                type="button"
                variant="default"
                onClick={() => {
                  setConfirming(false)
                }}
              >
                {t('common.cancel')}
              </Button>
            </Group>
          ) : (
            <Button
              type="button"
              onClick={() => {
                raise.reset()
                setConfirming(true)
              }}
            >
              {t('officer.raise')}
            </Button>
          )}
        </Stack>
      )}
    </Paper>
  )
}

/** One resident's record, household and movements: three reads, each audited with the purpose. */
export default function ResidentPage({ params }: PageProps) {
  const { t } = useI18n(populationMessages)
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
      <Stack className="narrow" gap="md">
        <Title order={1}>{t('officer.residentTitle')}</Title>
        <PurposePicker
          value={null}
          onChange={(p) => {
            if (p) navigate(`/officer/residents/${number}?purpose=${p}`, { replace: true })
          }}
        />
      </Stack>
    )
  }

  return (
    <Stack gap="md">
      <p>
        <Link to={`/officer?purpose=${purpose}`}>← {t('officer.backToSearch')}</Link>
      </p>
      <Loaded
        loaded={resident}
        error={(error, reload) => (
          <>
            <Title order={1}>{t('officer.residentTitle')}</Title>
            <ErrorMessage error={error} onRetry={reload} />
          </>
        )}
      >
        {(data) => (
          <>
            <Title order={1}>{data.fullName}</Title>
            <Paper component="section" aria-labelledby="record-title" withBorder p="md">
              <Title order={2} id="record-title">
                {t('officer.record')}
              </Title>
              <Record resident={data} />
            </Paper>
            <Paper component="section" aria-labelledby="household-title" withBorder p="md">
              <Title order={2} id="household-title">
                {t('officer.household')}
              </Title>
              <Loaded loaded={household}>
                {(home) => (
                  <>
                    <p>
                      <strong>{t('officer.address')}:</strong>{' '}
                      {/* An address is a proper name, in Vietnamese whatever the page's language. */}
                      <span lang="vi" translate="no">
                        {home.household.address}
                      </span>
                    </p>
                    <ResidentTable
                      residents={home.members}
                      purpose={purpose}
                      caption={t('officer.members')}
                    />
                  </>
                )}
              </Loaded>
            </Paper>
            <Paper component="section" aria-labelledby="movements-title" withBorder p="md">
              <Title order={2} id="movements-title">
                {t('officer.movements')}
              </Title>
              <Loaded
                loaded={movements}
                empty={<p className="empty">{t('officer.noMovements')}</p>}
                isEmpty={(moved) => !moved.movements.length}
              >
                {(moved) => (
                  <ul className="movements">
                    {moved.movements.map((m, i) => (
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
                )}
              </Loaded>
            </Paper>
            <RaiseLevel personalNumber={number} level={data.eidLevel} />
          </>
        )}
      </Loaded>
    </Stack>
  )
}
