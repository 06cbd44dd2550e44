import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import { ErrorMessage } from '../../components/Status'
import { useNotifyDone } from '../../components/useNotify'
import { useI18n } from '../../i18n/i18n'
import { finesMessages } from './messages'

/** A file's bytes in base64, as the appeal carries its attachments. */
const base64Of = async (file: File): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** The owner appeals the violation once, with a reason and optionally a picture or a PDF. */
export function AppealForm({ violationId, onDone }: { violationId: string; onDone: () => void }) {
  const { t } = useI18n(finesMessages)
  const done = useNotifyDone()
  const [reason, setReason] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const appeal = platformQuery.useMutation('post', '/api/v1/fines/violations/{id}/appeals', {
    onSuccess: () => {
      done(t('appeal.done'))
      onDone()
    },
  })
  const submit = async () => {
    const attachments = file ? [await base64Of(file)] : undefined
    appeal.mutate({
      params: { path: { id: violationId } },
      body: { reason: reason.trim(), ...(attachments ? { attachments } : {}) },
    })
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="fine-appeal">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="fine-appeal">
            {t('appeal.title')}
          </Title>
          <Text size="sm">{t('appeal.hint')}</Text>
          <Textarea
            label={t('appeal.reason')}
            required
            minLength={10}
            maxLength={4000}
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value)
            }}
          />
          <Stack gap={4}>
            <label htmlFor="fine-appeal-file">{t('appeal.attachment')}</label>
            <input
              id="fine-appeal-file"
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null)
              }}
            />
          </Stack>
          {appeal.error ? <ErrorMessage error={appeal.error} /> : null}
          <Button
            type="submit"
            loading={appeal.isPending}
            disabled={reason.trim().length < 10}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('appeal.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  )
}
