import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import { navigate } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { Loaded } from '../../components/Loaded'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { inLanguage, statusColor, statusText } from './labels'
import { servicesMessages } from './messages'
import { Tag } from '../../components/Tag'
import type { DossierLookup } from './types'

function LookupResult({ dossier }: { dossier: DossierLookup }) {
  const i18n = useI18n(servicesMessages)
  const { t, language } = i18n
  return (
    <Paper withBorder p="md">
      <dl className="facts">
        <div>
          <dt>{t('receipt.code')}</dt>
          <dd translate="no">{dossier.code}</dd>
        </div>
        <div>
          <dt>{t('receipt.service')}</dt>
          <dd>{inLanguage(dossier.serviceName, language)}</dd>
        </div>
        <div>
          <dt>{t('receipt.status')}</dt>
          <dd>
            <Tag color={statusColor(dossier.status)}>{statusText(i18n, dossier.status)}</Tag>
          </dd>
        </div>
        <div>
          <dt>{t('receipt.receivedAt')}</dt>
          <dd>{formatDateTime(dossier.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('receipt.dueAt')}</dt>
          <dd>{formatDateTime(dossier.dueAt)}</dd>
        </div>
      </dl>
      {dossier.parts.length > 0 ? (
        <>
          <Title order={2} size="h4" mt="md" mb="xs">
            {t('receipt.parts')}
          </Title>
          <ul className="receipt-parts">
            {dossier.parts.map((part) => (
              <li key={part.code}>
                {inLanguage(part.serviceName, language)} ·{' '}
                <Text span inherit translate="no">
                  {part.code}
                </Text>{' '}
                · {statusText(i18n, part.status)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Paper>
  )
}

/** Where a dossier stands, for anyone holding its receipt (the receipt's QR leads here). */
export default function LookupPage({ params }: PageProps) {
  const { t } = useI18n(servicesMessages)
  usePageTitle(t('lookup.title'))
  const code = params.code ?? ''
  const [typed, setTyped] = useState(code)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/services/lookup/{code}', {
      params: { path: { code } },
    }),
  )
  return (
    <Stack gap="md">
      <Title order={1}>{t('lookup.title')}</Title>
      <Text>{t('lookup.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          const wanted = typed.trim().toUpperCase()
          if (wanted) navigate(`/services/lookup/${encodeURIComponent(wanted)}`)
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            id="lookup-code"
            label={t('lookup.code')}
            value={typed}
            autoComplete="off"
            onChange={(e) => {
              setTyped(e.currentTarget.value)
            }}
          />
          <Button type="submit">{t('lookup.submit')}</Button>
        </Group>
      </form>
      <Loaded loaded={{ state, reload }}>{(data) => <LookupResult dossier={data} />}</Loaded>
    </Stack>
  )
}
