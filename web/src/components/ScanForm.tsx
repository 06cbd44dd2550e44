import { Button, Paper, Stack, TextInput } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { QrScanner } from './QrScanner'

/** The form's words, from the page's own messages. */
export interface ScanFormLabels {
  code: string
  hint: string
  submit: string
  /** Said when the form is sent empty. */
  required: string
}

/**
 * Reading a code three ways (the camera, a photo, a handheld scanner typing as a keyboard) plus a
 * field a scanner or a person types into; the text goes to the platform as read. Used by the
 * partners' identity checks and the checkpoints' gate and ticket pages.
 */
export function ScanForm({
  busy,
  onCode,
  labels,
  children,
}: {
  busy: boolean
  labels: ScanFormLabels
  onCode: (code: string) => void
  children?: ReactNode
}) {
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
              setMissing(labels.required)
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
              label={labels.code}
              description={labels.hint}
              value={typed}
              error={missing}
              autoComplete="off"
              translate="no"
              onChange={(e) => {
                setTyped(e.currentTarget.value)
              }}
            />
            <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
              {labels.submit}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  )
}
