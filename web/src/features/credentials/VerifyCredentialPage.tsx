import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import {
  verifySdJwtPresentation,
  type PresentationResult,
} from '../../../../src/platform/crypto/sd-jwt'
import { QrScanner } from '../../components/QrScanner'
import { Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ClaimList } from './claims'
import { issuerMetadata, type IssuerMetadata } from './issuerKeys'
import { credentialsMessages } from './messages'
import { VERIFY_PATH } from './CredentialPresenter'

/** Every credential type of the platform: the identity, and vault documents by kind. */
const isPlatformType = (vct: string) => vct.startsWith('urn:vn:congdanso:')
const isoOf = (seconds: number) => new Date(seconds * 1000).toISOString()

function Outcome({ result, issuer }: { result: PresentationResult; issuer: string }) {
  const i18n = useI18n(credentialsMessages)
  const { t } = i18n
  if (!result.valid)
    return (
      <Alert color="red" role="alert" data-testid="verify-outcome" data-valid="false">
        {t(`verify.${result.reason}`)}
      </Alert>
    )
  return (
    <Paper withBorder p="md" data-testid="verify-outcome" data-valid="true">
      <Alert color="green" role="status" mb="md">
        {t('verify.valid', { issuer })}
      </Alert>
      <Title order={2} size="h4" mb="xs">
        {t('verify.disclosed')}
      </Title>
      <ClaimList i18n={i18n} claims={result.claims} />
      <dl className="facts">
        <div>
          <dt>{t('verify.issuedAt')}</dt>
          <dd>{formatDateTime(isoOf(result.issuedAt))}</dd>
        </div>
        <div>
          <dt>{t('verify.expiresAt')}</dt>
          <dd>{formatDateTime(isoOf(result.expiresAt))}</dd>
        </div>
        <div>
          <dt>{t('verify.presentedAt')}</dt>
          <dd>{formatDateTime(isoOf(result.presentedAt))}</dd>
        </div>
      </dl>
    </Paper>
  )
}

/**
 * The public verifier: reads a presentation (camera, picture or pasted text) and checks it here,
 * offline, with the issuer's published keys fetched once and kept.
 */
export default function VerifyCredentialPage() {
  const { t } = useI18n(credentialsMessages)
  usePageTitle(t('verify.title'))
  const [metadata, setMetadata] = useState<IssuerMetadata | null | undefined>(undefined)
  const [text, setText] = useState('')
  const [result, setResult] = useState<PresentationResult | null>(null)

  useEffect(() => {
    issuerMetadata().then(setMetadata, () => {
      setMetadata(null)
    })
  }, [])

  const check = useCallback(
    async (presentation: string) => {
      if (!metadata) return
      setResult(
        await verifySdJwtPresentation(presentation, {
          jwks: metadata.jwks,
          issuer: metadata.issuer,
          acceptsType: isPlatformType,
          audience: `${window.location.origin}${VERIFY_PATH}`,
        }),
      )
    },
    [metadata],
  )

  return (
    <Stack gap="md" maw="40rem">
      <Title order={1}>{t('verify.title')}</Title>
      <Text>{t('verify.intro')}</Text>
      {metadata === undefined ? <Loading label={t('verify.keysLoading')} /> : null}
      {metadata === null ? <Alert color="yellow">{t('verify.keysFailed')}</Alert> : null}
      {metadata ? (
        <>
          <QrScanner
            facingMode="environment"
            onScan={(_scanned, scannedText) => {
              setText(scannedText)
              void check(scannedText)
            }}
          />
          <form
            onSubmit={(event) => {
              event.preventDefault()
              void check(text.trim())
            }}
          >
            <Textarea
              label={t('verify.paste')}
              value={text}
              autosize
              minRows={2}
              maxRows={6}
              spellCheck={false}
              onChange={(event) => {
                setText(event.currentTarget.value)
              }}
            />
            <Button type="submit" mt="sm" disabled={text.trim() === ''}>
              {t('verify.check')}
            </Button>
          </form>
        </>
      ) : null}
      {result && metadata ? <Outcome result={result} issuer={metadata.issuer} /> : null}
    </Stack>
  )
}
