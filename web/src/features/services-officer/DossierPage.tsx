import { Anchor, Stack, Text, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import { Link, navigate, useLocation } from '../../app/router'
import type { PageProps } from '../../app/routing'
import { Fact, Facts } from '../../components/Facts'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { PurposePicker, isPurpose, type PurposeCode } from '../population'
import { DossierActions } from './DossierActions'
import { officerMessages, type OfficerI18n } from './messages'
import { SlaBadge } from './SlaBadge'
import { Tag } from '../../components/Tag'

/**
 * One dossier for the officer who handles it: the purpose first (the applicant will see it in
 * "who viewed my data"), then the form, documents, timeline and the actions.
 */
export default function DossierPage({ params }: PageProps) {
  const code = params.code ?? ''
  const { t } = useI18n(officerMessages)
  usePageTitle(t('dossier.title', { code }))
  const requirement = useRequirement({ permission: 'services.handle', who: 'need.who.oneStopShop' })
  const { query } = useLocation()
  const given = query.get('purpose')
  const purpose: PurposeCode | null = isPurpose(given) ? given : null
  return (
    <Stack gap="md">
      <Link to="/officer/services">{t('dossier.back')}</Link>
      <Title order={1}>{t('dossier.title', { code })}</Title>
      {requirement.blocked ? (
        requirement.notice
      ) : (
        <>
          <PurposePicker
            value={purpose}
            onChange={(next) => {
              navigate(`/officer/services/${code}${next ? `?purpose=${next}` : ''}`, {
                replace: true,
              })
            }}
          />
          {purpose ? <Dossier code={code} purpose={purpose} /> : null}
        </>
      )}
    </Stack>
  )
}

/** `{ a: { b: 1 } }` as [['a.b', '1']], in the form's order. */
function fieldsOf(data: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(data).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return fieldsOf(value as Record<string, unknown>, path)
    return [[path, typeof value === 'string' ? value : JSON.stringify(value)]]
  })
}

const eventKey = (kind: string) => `event.${kind}` as Parameters<OfficerI18n['t']>[0]
const statusKey = (status: string) => `status.${status}` as Parameters<OfficerI18n['t']>[0]

function Dossier({ code, purpose }: { code: string; purpose: PurposeCode }) {
  const { t, language } = useI18n(officerMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/services/handling/{code}', {
      params: { path: { code }, query: { purpose } },
    }),
  )
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  if (state.status !== 'ok') return <Loading />
  const dossier = state.data
  const base = `/api/v1/services/handling/${encodeURIComponent(code)}`
  const fee =
    dossier.fee.amount === 0
      ? t('dossier.free')
      : t(dossier.fee.paid ? 'dossier.feePaid' : 'dossier.feeUnpaid', {
          amount: formatNumber(language, dossier.fee.amount),
        })
  return (
    <Stack gap="md">
      <Facts>
        <Fact term={t('queue.service')}>{dossier.serviceName[language]}</Fact>
        <Fact term={t('queue.status')}>{t(statusKey(dossier.status))}</Fact>
        <Fact term={t('queue.received')}>{formatDateTime(dossier.receivedAt)}</Fact>
        <Fact term={t('queue.due')}>
          {formatDateTime(dossier.dueAt)} <SlaBadge sla={dossier.sla} />
        </Fact>
        <Fact term={t('dossier.applicant')}>{dossier.applicant.fullName}</Fact>
        <Fact term={t('dossier.personalNumber')}>{dossier.applicant.personalNumber}</Fact>
        <Fact term={t('dossier.channel')}>{dossier.channel}</Fact>
        <Fact term={t('dossier.fee')}>{fee}</Fact>
      </Facts>

      <Title order={2}>{t('dossier.form')}</Title>
      <Facts>
        {fieldsOf(dossier.data).map(([path, value]) => (
          <Fact key={path} term={dossier.labels[path]?.[language] ?? path}>
            {value}
          </Fact>
        ))}
      </Facts>

      <Title order={2}>{t('dossier.documents')}</Title>
      {dossier.vaultDocuments.length > 0 ? (
        <ul aria-label={t('dossier.vault')}>
          {dossier.vaultDocuments.map((document) => {
            const requirement =
              dossier.documents.find((d) => d.key === document.requirement)?.name[language] ??
              document.requirement
            return (
              <li key={document.id} data-vault-document={document.id}>
                {requirement}: {document.kind.name[language]} ·{' '}
                <Tag color={document.verified ? 'green' : 'yellow'}>
                  {document.verified ? t('dossier.vaultVerified') : t('dossier.vaultNotVerified')}
                </Tag>
                {document.file ? (
                  <>
                    {' '}
                    <Anchor href={`${base}/attachments/${document.id}?purpose=${purpose}`}>
                      {t('dossier.download', { name: document.kind.name[language] })}
                    </Anchor>
                  </>
                ) : null}
              </li>
            )
          })}
        </ul>
      ) : null}
      {dossier.attachments.length === 0 && dossier.vaultDocuments.length === 0 ? (
        <Text>{t('dossier.noFiles')}</Text>
      ) : (
        <ul>
          {dossier.attachments.map((file) => {
            const name =
              dossier.documents.find((d) => d.key === file.requirement)?.name[language] ??
              file.requirement ??
              file.id
            return (
              <li key={file.id}>
                <Anchor href={`${base}/attachments/${file.id}?purpose=${purpose}`}>
                  {t('dossier.download', { name })}
                </Anchor>
              </li>
            )
          })}
        </ul>
      )}

      <Title order={2}>{t('dossier.timeline')}</Title>
      <ol aria-label={t('dossier.timeline')}>
        {dossier.timeline.map((entry, i) => (
          <li key={i}>
            <Text size="sm">
              <strong>{t(eventKey(entry.kind))}</strong> · {formatDateTime(entry.at)}
              {entry.note ? ` · ${entry.note}` : ''}
            </Text>
          </li>
        ))}
      </ol>

      {dossier.status === 'approved' ? (
        <Anchor href={`${base}/result.pdf?purpose=${purpose}`}>{t('dossier.result')}</Anchor>
      ) : null}
      {dossier.decisionReason ? (
        <Facts>
          <Fact term={t('dossier.reason')}>{dossier.decisionReason}</Fact>
        </Facts>
      ) : null}
      <DossierActions
        code={code}
        status={dossier.status}
        assignedToMe={dossier.assignedToMe}
        onChanged={reload}
      />
    </Stack>
  )
}
