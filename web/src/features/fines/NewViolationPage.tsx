import { Button, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core'
import { useState, type SubmitEvent } from 'react'
import { api, platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { CommunePicker } from '../../components/CommunePicker'
import { Field } from '../../components/Field'
import { Loaded } from '../../components/Loaded'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { formatVnd } from '../payments'
import { finesMessages } from './messages'
import { OfficerFinesLinks } from './officerLinks'

type Article = ResponseOf<'/api/v1/fines/articles', 'get'>['items'][number]
type Recorded = ResponseOf<'/api/v1/fines/violations', 'post'>

/** This device's clock as a datetime-local value, to the minute (so never in the future). */
const nowLocal = (): string => {
  const now = new Date()
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset(), 0, 0)
  return now.toISOString().slice(0, 16)
}

interface Form {
  plate: string
  articleCode: string
  fine: string
  communeCode: string
  occurredAt: string
}

/** The police record a violation on the roadside, from a phone, then upload its pictures. */
export default function NewViolationPage() {
  const { t } = useI18n(finesMessages)
  usePageTitle(t('officer.new.title'))
  const requirement = useRequirement({ permission: 'fines.record', who: 'need.who.police' })
  const [recorded, setRecorded] = useState<{ violation: Recorded; uploads: Upload[] } | null>(null)
  return (
    <Stack gap="md">
      <Title order={1}>{t('officer.new.title')}</Title>
      {requirement.blocked ? (
        requirement.notice
      ) : recorded ? (
        <Done
          {...recorded}
          onAnother={() => {
            setRecorded(null)
          }}
        />
      ) : (
        <>
          <Text>{t('officer.new.intro')}</Text>
          <ArticlesForm onRecorded={setRecorded} />
        </>
      )}
      <OfficerFinesLinks current="/officer/fines/new" />
    </Stack>
  )
}

function ArticlesForm({
  onRecorded,
}: {
  onRecorded: (done: { violation: Recorded; uploads: Upload[] }) => void
}) {
  const articles = useLoaded(platformQuery.useQuery('get', '/api/v1/fines/articles'))
  return (
    <Loaded loaded={articles}>
      {(table) => <ViolationForm articles={table.items} onRecorded={onRecorded} />}
    </Loaded>
  )
}

interface Upload {
  name: string
  error?: unknown
}

function ViolationForm({
  articles,
  onRecorded,
}: {
  articles: Article[]
  onRecorded: (done: { violation: Recorded; uploads: Upload[] }) => void
}) {
  const { t, language } = useI18n(finesMessages)
  const [form, setForm] = useState<Form>({
    plate: '',
    articleCode: '',
    fine: '',
    communeCode: '',
    occurredAt: nowLocal(),
  })
  const [photos, setPhotos] = useState<File[]>([])
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({})
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const article = articles.find((a) => a.code === form.articleCode)
  const range = article
    ? { min: formatVnd(article.minFine), max: formatVnd(article.maxFine) }
    : undefined
  const set = (key: keyof Form, value: string) => {
    setForm({ ...form, [key]: value })
  }

  const check = (): Partial<Record<keyof Form, string>> => {
    const found: Partial<Record<keyof Form, string>> = {}
    if (!form.plate.trim()) found.plate = t('officer.plateRequired')
    if (!article) found.articleCode = t('officer.articleRequired')
    const fine = Number(form.fine)
    if (!form.fine.trim()) found.fine = t('officer.fineRequired')
    else if (
      article &&
      (!Number.isInteger(fine) || fine < article.minFine || fine > article.maxFine)
    )
      found.fine = t('officer.fineRange', range)
    if (!form.communeCode) found.communeCode = t('officer.communeRequired')
    if (!form.occurredAt || Number.isNaN(new Date(form.occurredAt).getTime()))
      found.occurredAt = t('officer.timeRequired')
    return found
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const found = check()
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    setFailure(null)
    try {
      const violation = await api<Recorded>('/api/v1/fines/violations', {
        method: 'POST',
        body: {
          plate: form.plate.trim(),
          articleCode: form.articleCode,
          fine: Number(form.fine),
          communeCode: form.communeCode,
          occurredAt: new Date(form.occurredAt).toISOString(),
        },
      })
      // The pictures go once the violation exists; one refused picture does not undo it.
      const uploads: Upload[] = []
      for (const photo of photos) {
        const body = new Blob([photo], { type: photo.type || 'application/octet-stream' })
        try {
          await api(`/api/v1/fines/violations/${violation.id}/evidence`, { method: 'POST', body })
          uploads.push({ name: photo.name })
        } catch (error) {
          uploads.push({ name: photo.name, error })
        }
      }
      onRecorded({ violation, uploads })
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  const option = (a: Article) => ({
    value: a.code,
    label: `${a.code}: ${language === 'en' ? a.en : a.vi}`,
  })
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Field
          id="fine-plate"
          label={t('officer.plate')}
          hint={t('officer.plateHint')}
          value={form.plate}
          error={errors.plate}
          required
          autoComplete="off"
          autoCapitalize="characters"
          translate="no"
          onChange={(e) => {
            set('plate', e.currentTarget.value.toUpperCase())
          }}
        />
        <NativeSelect
          id="fine-article"
          label={t('officer.article')}
          description={range ? t('officer.range', range) : undefined}
          error={errors.articleCode}
          inputWrapperOrder={['label', 'description', 'error', 'input']}
          required
          value={form.articleCode}
          onChange={(e) => {
            set('articleCode', e.currentTarget.value)
          }}
          data={[
            { value: '', label: t('officer.articleChoose') },
            {
              group: t('officer.car'),
              items: articles.filter((a) => a.vehicleClass === 'car').map(option),
            },
            {
              group: t('officer.motorbike'),
              items: articles.filter((a) => a.vehicleClass === 'motorbike').map(option),
            },
          ]}
        />
        <Field
          id="fine-amount"
          label={t('officer.fine')}
          hint={range ? t('officer.range', range) : undefined}
          value={form.fine}
          error={errors.fine}
          required
          inputMode="numeric"
          pattern="[0-9]*"
          translate="no"
          onChange={(e) => {
            set('fine', e.currentTarget.value.replace(/\D/g, ''))
          }}
        />
        <CommunePicker
          id="fine-commune"
          label={t('officer.commune')}
          value={form.communeCode}
          error={errors.communeCode}
          onChange={(code) => {
            set('communeCode', code)
          }}
        />
        <Field
          id="fine-time"
          type="datetime-local"
          label={t('officer.time')}
          value={form.occurredAt}
          error={errors.occurredAt}
          required
          max={nowLocal()}
          onChange={(e) => {
            set('occurredAt', e.currentTarget.value)
          }}
        />
        <Stack gap={4}>
          <label htmlFor="fine-photos">{t('officer.photos')}</label>
          <Text size="sm" c="dimmed" id="fine-photos-hint">
            {t('officer.photosHint')}
          </Text>
          <input
            id="fine-photos"
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            aria-describedby="fine-photos-hint"
            onChange={(e) => {
              setPhotos([...(e.currentTarget.files ?? [])])
            }}
          />
          {photos.length > 0 ? (
            <Text size="sm">{t('officer.photosChosen', { count: photos.length })}</Text>
          ) : null}
        </Stack>
        {failure ? <ErrorMessage error={failure} /> : null}
        <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('officer.submit')}
        </Button>
      </Stack>
    </form>
  )
}

function Done({
  violation,
  uploads,
  onAnother,
}: {
  violation: Recorded
  uploads: Upload[]
  onAnother: () => void
}) {
  const { t } = useI18n(finesMessages)
  const uploaded = uploads.filter((u) => !u.error).length
  return (
    <Stack gap="sm">
      <Notice kind="success">
        <Stack gap={4}>
          <Text inherit fw={600}>
            {t('officer.done')}
          </Text>
          <Text inherit>
            {t('officer.doneId')}:{' '}
            <span translate="no" data-testid="violation-id">
              {violation.id}
            </span>
          </Text>
          <Text inherit translate="no">
            {violation.plate} · {formatVnd(violation.fine)}
          </Text>
          <Text inherit>
            {t(violation.ownerFound ? 'officer.ownerFound' : 'officer.ownerMissing')}
          </Text>
          {uploaded > 0 ? (
            <Text inherit>{t('officer.photosUploaded', { count: uploaded })}</Text>
          ) : null}
        </Stack>
      </Notice>
      {uploads
        .filter((u) => u.error)
        .map((u) => (
          <Paper key={u.name} withBorder p="sm">
            <Text size="sm">{t('officer.photoFailed', { name: u.name })}</Text>
            <ErrorMessage error={u.error} />
          </Paper>
        ))}
      <Button variant="default" onClick={onAnother} style={{ alignSelf: 'flex-start' }}>
        {t('officer.another')}
      </Button>
    </Stack>
  )
}
