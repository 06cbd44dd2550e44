import { Alert, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { api } from '../../api/client'
import { describeError } from '../../components/errors'
import { useI18n } from '../../i18n/i18n'
import { inLanguage } from './labels'
import { servicesMessages } from './messages'
import type { Attachment, ServiceDocument } from './types'
import { PlainList } from '../../components/PlainList'

/** A scan uploaded for one of the service's documents. */
export interface Uploaded {
  requirement: string
  id: string
  name: string
}

function UploadInput({
  document,
  onUploaded,
  missing,
  kiosk,
}: {
  document: ServiceDocument
  onUploaded: (uploaded: Uploaded) => void
  missing: boolean
  kiosk: boolean
}) {
  const i18n = useI18n(servicesMessages)
  const { t } = i18n
  const [state, setState] = useState<
    | { status: 'idle' }
    | { status: 'busy' }
    | { status: 'done'; name: string }
    | { status: 'error'; error: unknown }
  >({ status: 'idle' })
  const id = `document-${document.key}`
  const upload = (file: File) => {
    setState({ status: 'busy' })
    // The server checks the type by the file's bytes; the browser's guess only labels it.
    const body = new Blob([file], { type: file.type || 'application/octet-stream' })
    api<Attachment>('/api/v1/services/attachments', { method: 'POST', body }).then(
      (stored) => {
        setState({ status: 'done', name: file.name })
        onUploaded({ requirement: document.key, id: stored.id, name: file.name })
      },
      (error: unknown) => {
        setState({ status: 'error', error })
      },
    )
  }
  return (
    <Stack gap={4}>
      <label htmlFor={id}>{t('service.documents.upload')}</label>
      <input
        id={id}
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        className={kiosk ? 'service-file service-file-kiosk' : 'service-file'}
        aria-invalid={missing || undefined}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          if (file) upload(file)
        }}
      />
      <Text size="sm" role="status">
        {state.status === 'busy'
          ? t('service.documents.uploading')
          : state.status === 'done'
            ? t('service.documents.uploaded', { name: state.name })
            : ''}
      </Text>
      {state.status === 'error' ? (
        <Text c="red.8" size="sm" role="alert">
          {describeError(i18n, state.error)}
        </Text>
      ) : null}
      {missing && state.status !== 'done' ? (
        <Text c="red.8" size="sm" role="alert">
          {t('service.documents.missing')}
        </Text>
      ) : null}
    </Stack>
  )
}

/**
 * The papers a service asks for and who supplies each: the registry and the document vault need
 * nothing from the resident; a scan is uploaded beforehand and named in the filing.
 */
export function Documents({
  documents,
  onUploaded,
  missing,
  kiosk = false,
}: {
  documents: readonly ServiceDocument[]
  onUploaded: (uploaded: Uploaded) => void
  /** Requirements the server said are missing. */
  missing: readonly string[]
  kiosk?: boolean
}) {
  const { t, language } = useI18n(servicesMessages)
  if (documents.length === 0) return null
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="documents-title">
      <Title order={2} size="h3" id="documents-title" mb="sm">
        {t('service.documents')}
      </Title>
      <PlainList gap="md">
        {documents.map((document) => (
          <li key={document.key}>
            <Text fw={600}>
              {inLanguage(document.name, language)} (
              {document.required
                ? t('service.documents.required')
                : t('service.documents.optional')}
              )
            </Text>
            {document.suppliedBy === 'upload' ? (
              <UploadInput
                document={document}
                onUploaded={onUploaded}
                missing={missing.includes(document.key)}
                kiosk={kiosk}
              />
            ) : (
              <Text size="sm">
                {document.suppliedBy === 'registry'
                  ? t('service.documents.registry')
                  : t('service.documents.vault')}
              </Text>
            )}
          </li>
        ))}
      </PlainList>
      {missing.length > 0 ? (
        <Alert color="red" mt="sm" role="alert">
          {t('service.documents.missing')}
        </Alert>
      ) : null}
    </Paper>
  )
}
