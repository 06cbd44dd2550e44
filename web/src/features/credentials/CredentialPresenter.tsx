import { Button, Checkbox, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import {
  DEFAULT_FRESHNESS_SECONDS,
  base64urlOf,
  disclosuresOf,
  presentSdJwt,
} from '../../../../src/platform/crypto/sd-jwt'
import { QrCode } from '../../components/QrCode'
import { ErrorMessage } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { holderKeyPair, signWith } from './holderStore'
import { credentialsMessages } from './messages'

/** Where presentations made here are meant to be checked: the platform's own verification page. */
export const VERIFY_PATH = '/credentials/verify'

/**
 * One credential kept on this device: the holder ticks what to reveal, and the QR carries those
 * disclosures and this device's signature over them (key binding), nothing else.
 */
export function CredentialPresenter({
  credential,
  order,
  labelOf,
  valueOf,
  initiallyChosen,
}: {
  credential: string
  /** The claims offered, in reading order; others of the credential are not offered. */
  order: readonly string[]
  labelOf: (name: string) => string
  valueOf: (name: string, value: unknown) => string
  initiallyChosen: string[]
}) {
  const { t } = useI18n(credentialsMessages)
  const [chosen, setChosen] = useState(initiallyChosen)
  const [presentation, setPresentation] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const disclosures = disclosuresOf(credential)
  const offered = order.filter((name) => disclosures.some((d) => d.name === name))

  const show = async () => {
    try {
      const pair = await holderKeyPair()
      setPresentation(
        await presentSdJwt(credential, chosen, {
          audience: `${window.location.origin}${VERIFY_PATH}`,
          nonce: base64urlOf(crypto.getRandomValues(new Uint8Array(12))),
          issuedAt: Math.floor(Date.now() / 1000),
          sign: (input) => signWith(pair, input),
        }),
      )
      setFailure(null)
    } catch (error) {
      setFailure(error)
    }
  }

  return (
    <Stack gap="md">
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
            {offered.map((name) => (
              <Checkbox key={name} value={name} label={labelOf(name)} />
            ))}
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
      {failure ? <ErrorMessage error={failure} /> : null}
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
              {disclosures
                .filter((d) => chosen.includes(d.name))
                .map((d) => (
                  <li key={d.name}>
                    {labelOf(d.name)}: {valueOf(d.name, d.value)}
                  </li>
                ))}
            </ul>
          </figcaption>
        </Paper>
      ) : null}
    </Stack>
  )
}
