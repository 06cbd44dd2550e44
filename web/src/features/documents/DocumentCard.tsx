import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { Tag } from '../../components/Tag'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { documentsMessages } from './messages'
import type { DocumentShown } from './types'

const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
}

/** A field's value as a person reads it: dates as DD/MM/YYYY, yes or no, lists joined. */
function useValueText(): (value: unknown) => string {
  const { t } = useI18n(documentsMessages)
  const text = (value: unknown): string => {
    if (typeof value === 'boolean') return value ? t('vault.yes') : t('vault.no')
    if (Array.isArray(value)) return value.map(text).join(', ')
    if (typeof value === 'string')
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value
    if (typeof value === 'number') return String(value)
    return JSON.stringify(value)
  }
  return text
}

/** Where the document comes from and whether an agency stands behind it. */
export function DocumentTags({ document }: { document: DocumentShown }) {
  const { t } = useI18n(documentsMessages)
  return (
    <Group gap="xs">
      <Tag color="gray">{t(`vault.${document.origin}`)}</Tag>
      {document.verified ? (
        <Tag color="green">{t('vault.verified')}</Tag>
      ) : (
        <Tag color="yellow">{document.intact ? t('vault.notVerified') : t('vault.altered')}</Tag>
      )}
    </Group>
  )
}

/** A document as a card of its fields, with its file when it has one. */
export function DocumentCard({
  document,
  fileHref,
  level = 2,
}: {
  document: DocumentShown
  /** Where its file downloads from. */
  fileHref: string
  /** The heading's level: the page's own (1) when the card is the page. */
  level?: 1 | 2
}) {
  const { t, language } = useI18n(documentsMessages)
  const valueText = useValueText()
  const name = language === 'en' ? document.kind.name.en : document.kind.name.vi
  const fields = Object.entries(document.fields)
  return (
    <Paper withBorder p="md" data-document={document.id}>
      <Stack gap="sm">
        <Title order={level} size="h3">
          {document.title ? <span translate="no">{document.title}</span> : name}
        </Title>
        {document.title ? <Text c="dimmed">{name}</Text> : null}
        <DocumentTags document={document} />
        <dl className="facts">
          {fields.map(([key, value]) => {
            const label = document.labels[key]
            return (
              <div key={key}>
                <dt>{label ? (language === 'en' ? label.en : label.vi) : key}</dt>
                <dd>{valueText(value)}</dd>
              </div>
            )
          })}
          {document.issuer ? (
            <div>
              <dt>{t('vault.issuer')}</dt>
              <dd>
                {document.issuer.name
                  ? language === 'en'
                    ? document.issuer.name.en
                    : document.issuer.name.vi
                  : document.issuer.agency}
              </dd>
            </div>
          ) : null}
          {document.issuedOn ? (
            <div>
              <dt>{t('vault.issuedOn')}</dt>
              <dd>{formatDate(document.issuedOn)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('vault.addedAt')}</dt>
            <dd>{formatDateTime(document.createdAt)}</dd>
          </div>
        </dl>
        {document.file ? (
          <Anchor href={fileHref} target="_blank" rel="noopener">
            {t('vault.download')} ·{' '}
            {t('vault.file', {
              type: TYPES[document.file.mediaType] ?? document.file.mediaType,
              size: Math.max(1, Math.round(document.file.size / 1024)),
            })}
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  )
}
