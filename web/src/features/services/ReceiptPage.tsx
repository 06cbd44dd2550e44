import { Anchor, Group, Stack } from '@mantine/core'
import { platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { Link, useLocation } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { Loaded } from '../../components/Loaded'
import { Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { servicesMessages } from './messages'
import { AnswerPanel } from './AnswerPanel'
import { ReceiptView } from './ReceiptView'

/** One of my dossiers: its receipt and timeline (`?filed=1` right after filing it). */
export default function ReceiptPage({ params }: PageProps) {
  const { t } = useI18n(servicesMessages)
  const code = params.code ?? ''
  const { query } = useLocation()
  usePageTitle(`${t('receipt.title')} ${code}`)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/me/dossiers/{code}', { params: { path: { code } } }),
  )
  return (
    <Stack gap="md">
      <Group gap="md" className="no-print">
        <Anchor component={Link} to="/me/dossiers" size="sm">
          {t('receipt.mine')}
        </Anchor>
      </Group>
      {query.get('filed') === '1' ? <Notice kind="success">{t('receipt.filed')}</Notice> : null}
      <Loaded loaded={{ state, reload }}>
        {(data) => (
          <>
            <MyDossierActions dossier={data} />
            <ReceiptView receipt={data} timeline={data.timeline} />
          </>
        )}
      </Loaded>
    </Stack>
  )
}

type MyDossier = ResponseOf<'/api/v1/me/dossiers/{code}', 'get'>

/** What the resident can do now: answer a request for more, or take the result. */
function MyDossierActions({ dossier }: { dossier: MyDossier }) {
  const { t } = useI18n(servicesMessages)
  const waiting = [dossier, ...dossier.parts].filter((d) => d.status === 'needs_info')
  const requestOf = (code: string) =>
    dossier.timeline.filter((e) => e.dossierCode === code && e.kind === 'info_requested').at(-1)
      ?.note ?? null
  return (
    <>
      {waiting.map((d) => (
        <AnswerPanel key={d.code} code={d.code} request={requestOf(d.code)} />
      ))}
      {dossier.status === 'approved' ? (
        <Anchor href={`/api/v1/me/dossiers/${encodeURIComponent(dossier.code)}/result.pdf`}>
          {t('result.download')}
        </Anchor>
      ) : null}
    </>
  )
}
