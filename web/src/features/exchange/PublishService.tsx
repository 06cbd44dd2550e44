import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { ChangeEvent } from 'react'
import { platform, platformQuery } from '../../api/client'
import { ErrorMessage } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useNotifyDone } from '../../components/useNotify'
import { useI18n } from '../../i18n/i18n'
import { exchangeMessages } from './messages'

interface Purpose {
  code: string
  name: string
  legalBasis: string
}
const NO_PURPOSE: Purpose = { code: '', name: '', legalBasis: '' }
/** A purpose's fields, in the order of the form. */
const PURPOSE_FIELDS = [
  { key: 'code', id: 'code', label: 'services.form.purposeCode', maxLength: 64 },
  { key: 'name', id: 'name', label: 'services.form.purposeName', maxLength: 200 },
  { key: 'legalBasis', id: 'legal-basis', label: 'services.form.legalBasis', maxLength: 500 },
] as const

/** The text fields of the form, empty. */
const NO_TEXT = {
  code: '',
  name: '',
  description: '',
  openapiUrl: '',
  openapiText: '',
  attributes: '',
  target: '',
}

/** Thrown before sending when the OpenAPI text is no JSON object. */
class OpenApiInvalid extends Error {}

/**
 * The description as the API stores it: the text itself, or a JSON Reference to where the
 * provider publishes it.
 */
function openapiOf(url: string, text: string): Record<string, unknown> {
  if (!text.trim()) return { $ref: url.trim() }
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>
  } catch {
    // Told below, as for any other value that is not an object.
  }
  throw new OpenApiInvalid()
}

/** The platform administrator publishes a member's data service. */
export function PublishService({ onPublished }: { onPublished: () => void }) {
  const { t } = useI18n(exchangeMessages)
  const notify = useNotifyDone()
  const members = useLoaded(platformQuery.useQuery('get', '/api/v1/exchange/members'))
  const [provider, setProvider] = useState<string | null>(null)
  const [form, setForm] = useState(NO_TEXT)
  const { code, name, description, openapiUrl, openapiText, attributes, target } = form
  const [purposes, setPurposes] = useState<Purpose[]>([NO_PURPOSE])
  const [rate, setRate] = useState<number | string>(60)
  const [kind, setKind] = useState<'http' | 'builtin'>('http')
  const publish = useMutation({
    mutationFn: async () => {
      await platform.POST('/api/v1/exchange/services', {
        body: {
          providerCode: provider ?? '',
          code: code.trim(),
          name: name.trim(),
          description: description.trim(),
          openapi: openapiOf(openapiUrl, openapiText),
          attributes: attributes
            .split('\n')
            .map((a) => a.trim())
            .filter(Boolean),
          purposes: purposes.map((p) => ({
            code: p.code.trim(),
            name: p.name.trim(),
            legalBasis: p.legalBasis.trim(),
          })),
          rateLimitPerMinute: Number(rate),
          target:
            kind === 'http'
              ? { kind: 'http', url: target.trim() }
              : { kind: 'builtin', name: target.trim() },
        },
      })
    },
    onSuccess: () => {
      notify(t('services.published'))
      onPublished()
    },
  })
  /** The value and change handler of the text field that edits `key`. */
  const text = (key: keyof typeof NO_TEXT) => ({
    value: form[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.currentTarget.value
      setForm((all) => ({ ...all, [key]: value }))
    },
  })
  const setPurpose = (i: number, key: keyof Purpose, value: string) => {
    setPurposes((all) => all.map((p, j) => (j === i ? { ...p, [key]: value } : p)))
  }
  const memberOptions =
    members.state.status === 'ok'
      ? members.state.data.map((m) => ({ value: m.code, label: `${m.code} · ${m.name}` }))
      : []
  return (
    <Paper withBorder p="md">
      <form
        aria-labelledby="service-form-title"
        onSubmit={(e) => {
          e.preventDefault()
          publish.mutate()
        }}
      >
        <Stack gap="sm">
          <Title order={2} id="service-form-title">
            {t('services.form.title')}
          </Title>
          <Select
            id="service-provider"
            label={t('services.form.provider')}
            data={memberOptions}
            value={provider}
            onChange={setProvider}
            required
            searchable
            translate="no"
          />
          <TextInput
            id="service-code"
            label={t('services.form.code')}
            description={t('services.form.codeHint')}
            {...text('code')}
            required
            maxLength={64}
            pattern="[a-z0-9][a-z0-9_.\-]{0,63}"
            translate="no"
          />
          <TextInput
            id="service-name"
            label={t('services.form.name')}
            {...text('name')}
            required
            maxLength={200}
          />
          <Textarea
            id="service-description"
            label={t('services.form.description')}
            {...text('description')}
            maxLength={4000}
            autosize
            minRows={2}
          />
          <TextInput
            id="service-openapi-url"
            label={t('services.form.openapiUrl')}
            type="url"
            {...text('openapiUrl')}
            required={!openapiText.trim()}
          />
          <Textarea
            id="service-openapi-text"
            label={t('services.form.openapiText')}
            {...text('openapiText')}
            autosize
            minRows={2}
            maxRows={10}
            translate="no"
          />
          <Textarea
            id="service-attributes"
            label={t('services.form.attributes')}
            {...text('attributes')}
            autosize
            minRows={2}
            translate="no"
          />
          <Fieldset legend={t('services.form.purposes')}>
            <Stack gap="sm">
              {purposes.map((p, i) => (
                <Fieldset
                  key={i}
                  legend={t('services.form.purposeN', { n: String(i + 1) })}
                  variant="unstyled"
                >
                  <Stack gap="xs">
                    {PURPOSE_FIELDS.map((field) => (
                      <TextInput
                        key={field.key}
                        id={`purpose-${String(i)}-${field.id}`}
                        label={t(field.label)}
                        value={p[field.key]}
                        required
                        maxLength={field.maxLength}
                        {...(field.key === 'code'
                          ? { pattern: '[a-z][a-z0-9_]{0,63}', translate: 'no' as const }
                          : {})}
                        onChange={(e) => {
                          setPurpose(i, field.key, e.currentTarget.value)
                        }}
                      />
                    ))}
                    {purposes.length > 1 ? (
                      <Button
                        variant="default"
                        style={{ alignSelf: 'flex-start' }}
                        onClick={() => {
                          setPurposes((all) => all.filter((_, j) => j !== i))
                        }}
                      >
                        {t('services.form.removePurpose', { n: String(i + 1) })}
                      </Button>
                    ) : null}
                  </Stack>
                </Fieldset>
              ))}
              <Button
                variant="default"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => {
                  setPurposes((all) => [...all, NO_PURPOSE])
                }}
              >
                {t('services.form.addPurpose')}
              </Button>
            </Stack>
          </Fieldset>
          <NumberInput
            id="service-rate"
            label={t('services.form.rateLimit')}
            value={rate}
            min={1}
            max={100_000}
            required
            allowDecimal={false}
            onChange={setRate}
          />
          <Radio.Group
            label={t('services.form.target')}
            value={kind}
            onChange={(v) => {
              setKind(v === 'builtin' ? 'builtin' : 'http')
            }}
          >
            <Group gap="md" mt="xs">
              <Radio value="http" label={t('services.form.targetHttp')} />
              <Radio value="builtin" label={t('services.form.targetBuiltin')} />
            </Group>
          </Radio.Group>
          <TextInput
            id="service-target"
            label={kind === 'http' ? t('services.form.url') : t('services.form.builtin')}
            {...text('target')}
            required
            maxLength={2000}
            translate="no"
            {...(kind === 'http' ? { type: 'url' } : {})}
          />
          <Button type="submit" loading={publish.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('services.form.submit')}
          </Button>
          {publish.error instanceof OpenApiInvalid ? (
            <Alert role="alert" color="red">
              {t('services.form.openapiInvalid')}
            </Alert>
          ) : publish.error ? (
            <ErrorMessage error={publish.error} />
          ) : null}
        </Stack>
      </form>
    </Paper>
  )
}
