import { Button, Paper, Stack, TextInput } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { QrScanner } from '../../components/QrScanner'
import { useI18n } from '../../i18n/i18n'
import { verificationMessages } from './messages'

/**
 * Reading a code three ways (the camera, a photo, a handheld scanner typing as a keyboard) plus a
 * field a scanner or a person types into; the text goes to the platform as read.
 */
export function ScanForm({
  busy,
  onCode,
  children,
}: {
  busy: boolean
  onCode: (code: string) => void
  children?: ReactNode
}) {
  const { t } = useI18n(verificationMessages)
  const [typed, setTyped] = useState('')
  const [missing, setMissing] = useState<string>()
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {children}
        <QrScanner
          facingMode="environment"
          paused={busy}
          onScan={(_scanned, text) => {
            onCode(text)
          }}
        />
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (!typed.trim()) {
              setMissing(t('check.codeRequired'))
              return
            }
            setMissing(undefined)
            onCode(typed.trim())
            setTyped('')
          }}
        >
          <Stack gap="xs">
            <TextInput
              id="scan-code"
              label={t('check.code')}
              description={t('check.codeHint')}
              value={typed}
              error={missing}
              autoComplete="off"
              translate="no"
              onChange={(e) => {
                setTyped(e.currentTarget.value)
              }}
            />
            <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
              {t('check.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  )
}
