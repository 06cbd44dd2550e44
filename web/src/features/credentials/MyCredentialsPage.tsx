import { Alert, Button, Checkbox, Paper, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import {
  DEFAULT_FRESHNESS_SECONDS,
  base64urlOf,
  disclosuresOf,
  presentSdJwt,
} from '../../../../src/platform/crypto/sd-jwt'
import { platform } from '../../api/client'
import { QrCode } from '../../components/QrCode'
import { ErrorMessage, Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { claimLabel, claimValue, IDENTITY_CLAIMS } from './claims'
import {
  holderKeyPair,
  loadCredential,
  publicJwkOf,
  saveCredential,
  signWith,
  type StoredCredential,
} from './holderStore'
import { credentialsMessages } from './messages'

const IDENTITY_TYPE = 'urn:vn:congdanso:identity:1'
/** Where presentations made here are meant to be checked: the platform's own verification page. */
export const VERIFY_PATH = '/credentials/verify'

/**
 * The resident's identity as a selective-disclosure credential: received once for this device's
 * key, then shown claim by claim as a QR that only this device can make (key binding).
 */
export default function MyCredentialsPage() {
  const i18n = useI18n(credentialsMessages)
  const { t } = i18n
  usePageTitle(t('mine.title'))
  const [stored, setStored] = useState<StoredCredential | null | undefined>(undefined)
  const [failure, setFailure] = useState<unknown>(null)
  const [issuing, setIssuing] = useState(false)
  const [chosen, setChosen] = useState<string[]>(['age_over_18'])
  const [presentation, setPresentation] = useState<string | null>(null)

  useEffect(() => {
    loadCredential(IDENTITY_TYPE).then(
      (kept) => {
        setStored(kept ?? null)
      },
      (error: unknown) => {
        setFailure(error)
        setStored(null)
      },
    )
  }, [])

  const issue = async () => {
    setIssuing(true)
    setFailure(null)
    try {
      const holderKey = await publicJwkOf(await holderKeyPair())
      const { data } = await platform.POST('/api/v1/me/credentials/identity', {
        body: { holderKey },
      })
      if (!data) return
      await saveCredential(data)
      setStored(data)
      setPresentation(null)
    } catch (error) {
      setFailure(error)
    } finally {
      setIssuing(false)
    }
  }

  const show = async () => {
    if (!stored) return
    try {
      const pair = await holderKeyPair()
      const nonce = base64urlOf(crypto.getRandomValues(new Uint8Array(12)))
      setPresentation(
        await presentSdJwt(stored.credential, chosen, {
          audience: `${window.location.origin}${VERIFY_PATH}`,
          nonce,
          issuedAt: Math.floor(Date.now() / 1000),
          sign: (input) => signWith(pair, input),
        }),
      )
    } catch (error) {
      setFailure(error)
    }
  }

  const disclosures = stored ? disclosuresOf(stored.credential) : []
  const expired = stored ? Date.parse(stored.expiresAt) <= Date.now() : false
  const shown = disclosures.filter((d) => chosen.includes(d.name))
  return (
    <Stack gap="md" maw="40rem">
      <Title order={1}>{t('mine.title')}</Title>
      <Text>{t('mine.intro')}</Text>
      {stored === undefined ? <Loading /> : null}
      {failure ? <ErrorMessage error={failure} /> : null}
      {stored === null ? <Text>{t('mine.none')}</Text> : null}
      {stored ? (
        <Text role="status" data-testid="credential-expiry">
          {expired
            ? t('mine.expired')
            : t('mine.expiresAt', { date: formatDateTime(stored.expiresAt) })}
        </Text>
      ) : null}
      {stored !== undefined ? (
        <Button
          type="button"
          variant={stored ? 'default' : 'filled'}
          loading={issuing}
          onClick={() => {
            void issue()
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          {stored ? t('mine.renew') : t('mine.issue')}
        </Button>
      ) : null}
      {stored && !expired ? (
        <Paper withBorder p="md">
          <Checkbox.Group
            label={t('mine.choose')}
            description={t('mine.chooseHint')}
            value={chosen}
            onChange={(value) => {
              setChosen(value)
              setPresentation(null)
            }}
            error={chosen.length === 0 ? t('mine.chooseNone') : undefined}
          >
            <Stack gap="xs" mt="xs">
              {IDENTITY_CLAIMS.filter((name) => disclosures.some((d) => d.name === name)).map(
                (name) => (
                  <Checkbox key={name} value={name} label={claimLabel(i18n, name)} />
                ),
              )}
            </Stack>
          </Checkbox.Group>
          <Button
            type="button"
            mt="md"
            disabled={chosen.length === 0}
            onClick={() => {
              void show()
            }}
          >
            {t('mine.show')}
          </Button>
        </Paper>
      ) : null}
      {presentation ? (
        <Paper
          component="figure"
          withBorder
          p="sm"
          m={0}
          w="100%"
          maw="min(92vw, 30rem)"
          bg="white"
        >
          <QrCode text={presentation} label={t('mine.qrLabel')} errorCorrectionLevel="L" />
          <figcaption>
            <Text mt="xs">{t('mine.qrValid', { minutes: DEFAULT_FRESHNESS_SECONDS / 60 })}</Text>
            <ul data-testid="presented-claims">
              {shown.map((d) => (
                <li key={d.name}>
                  {claimLabel(i18n, d.name)}: {claimValue(i18n, d.name, d.value)}
                </li>
              ))}
            </ul>
          </figcaption>
        </Paper>
      ) : null}
      {typeof indexedDB === 'undefined' ? (
        <Alert color="yellow">{t('mine.noKeyStore')}</Alert>
      ) : null}
    </Stack>
  )
}
