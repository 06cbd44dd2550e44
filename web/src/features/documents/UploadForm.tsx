import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/Status'
import { useNotifyDone } from '../../components/useNotify'
import { useI18n } from '../../i18n/i18n'
import { documentsMessages } from './messages'
import type { VaultDocument } from './types'

/** The resident adds a scan to the vault; the server checks it and strips images' metadata. */
export function UploadForm() {
  const { t } = useI18n(documentsMessages)
  const queryClient = useQueryClient()
  const done = useNotifyDone()
  const [file, setFile] = useState<File | null>(null)
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const submit = () => {
    if (!file) return
    setBusy(true)
    setError(null)
    // The server checks the type by the file's bytes; the browser's guess only labels it.
    const body = new Blob([file], { type: file.type || 'application/octet-stream' })
    const title = name.trim() || file.name
    api<VaultDocument>(`/api/v1/me/documents?title=${encodeURIComponent(title.slice(0, 120))}`, {
      method: 'POST',
      body,
    })
      .then(async () => {
        done(t('upload.done', { name: title }))
        setFile(null)
        setName('')
        await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/documents'] })
      })
      .catch(setError)
      .finally(() => {
        setBusy(false)
      })
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="upload-title">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="upload-title">
            {t('upload.title')}
          </Title>
          <Text size="sm">{t('upload.hint')}</Text>
          <TextInput
            label={t('upload.name')}
            value={name}
            maxLength={120}
            onChange={(e) => {
              setName(e.currentTarget.value)
            }}
          />
          <Stack gap={4}>
            <label htmlFor="vault-file">{t('upload.file')}</label>
            <input
              id="vault-file"
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null)
              }}
            />
          </Stack>
          {error ? <ErrorMessage error={error} /> : null}
          <Button type="submit" loading={busy} disabled={!file} style={{ alignSelf: 'flex-start' }}>
            {t('upload.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  )
}
