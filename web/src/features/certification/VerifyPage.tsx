import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import { navigate } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { certificationMessages } from './messages'

/** Anyone holding a certified copy checks it here, by the code behind its QR (no sign-in). */
export default function VerifyPage({ params }: PageProps) {
  const { t } = useI18n(certificationMessages)
  usePageTitle(t('verify.title'))
  const code = params.code ?? ''
  const [typed, setTyped] = useState(code)
  return (
    <Stack gap="md">
      <Title order={1}>{t('verify.title')}</Title>
      <Text>{t('verify.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          const wanted = typed.trim().toUpperCase()
          if (wanted) navigate(`/verify/${encodeURIComponent(wanted)}`)
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            id="verify-code"
            label={t('verify.code')}
            value={typed}
            autoComplete="off"
            onChange={(e) => {
              setTyped(e.currentTarget.value)
            }}
          />
          <Button type="submit">{t('verify.submit')}</Button>
        </Group>
      </form>
      {code ? <Verdict code={code} /> : null}
    </Stack>
  )
}

function Verdict({ code }: { code: string }) {
  const { t } = useI18n(certificationMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/verify/{code}', { params: { path: { code } } }),
  )
  return (
    <Loaded loaded={{ state, reload }}>
      {(v) => (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Alert
              color={v.valid ? 'green' : 'red'}
              title={v.valid ? t('verify.valid') : t('verify.revoked')}
            >
              {v.revocationReason ? `${t('field.reason')}: ${v.revocationReason}` : null}
            </Alert>
            <dl className="facts">
              <div>
                <dt>{t('field.number')}</dt>
                <dd translate="no">{v.certificationNumber}</dd>
              </div>
              <div>
                <dt>{t('verify.holder')}</dt>
                <dd translate="no">{v.holder}</dd>
              </div>
              <div>
                <dt>{t('verify.agency')}</dt>
                <dd lang="vi" translate="no">
                  {v.agency}
                </dd>
              </div>
              <div>
                <dt>{t('verify.certifiedAt')}</dt>
                <dd>{formatDateTime(v.certifiedAt)}</dd>
              </div>
              <div>
                <dt>{t('verify.officer')}</dt>
                <dd lang="vi" translate="no">
                  {v.officerName}, {v.officerTitle}
                </dd>
              </div>
              <div>
                <dt>{t('verify.pages')}</dt>
                <dd>{v.pageCount}</dd>
              </div>
              {v.revokedAt ? (
                <div>
                  <dt>{t('verify.revokedAt')}</dt>
                  <dd>{formatDateTime(v.revokedAt)}</dd>
                </div>
              ) : null}
            </dl>
            <FileCheck code={code} />
          </Stack>
        </Paper>
      )}
    </Loaded>
  )
}

function FileCheck({ code }: { code: string }) {
  const { t } = useI18n(certificationMessages)
  const check = useMutation({
    mutationFn: async (file: File) => {
      const response = await fetch(`/api/v1/verify/${encodeURIComponent(code)}/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/pdf' },
        body: file,
      })
      if (!response.ok) throw new Error(String(response.status))
      return (await response.json()) as { matches: boolean }
    },
  })
  return (
    <Stack gap="xs">
      <FileInput
        id="verify-file"
        label={t('verify.file')}
        accept="application/pdf"
        clearable
        onChange={(file) => {
          if (file) check.mutate(file)
        }}
      />
      {check.data ? (
        <Alert color={check.data.matches ? 'green' : 'red'}>
          {check.data.matches ? t('verify.matches') : t('verify.differs')}
        </Alert>
      ) : null}
      {check.error ? <ErrorMessage error={check.error} /> : null}
    </Stack>
  )
}
