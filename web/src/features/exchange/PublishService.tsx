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
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [openapiUrl, setOpenapiUrl] = useState('')
  const [openapiText, setOpenapiText] = useState('')
  const [attributes, setAttributes] = useState('')
  const [purposes, setPurposes] = useState<Purpose[]>([NO_PURPOSE])
  const [rate, setRate] = useState<number | string>(60)
  const [kind, setKind] = useState<'http' | 'builtin'>('http')
  const [target, setTarget] = useState('')
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
            value={code}
            required
            maxLength={64}
            pattern="[a-z0-9][a-z0-9_.\-]{0,63}"
            translate="no"
            onChange={(e) => {
              setCode(e.currentTarget.value)
            }}
          />
          <TextInput
            id="service-name"
            label={t('services.form.name')}
            value={name}
            required
            maxLength={200}
            onChange={(e) => {
              setName(e.currentTarget.value)
            }}
          />
          <Textarea
            id="service-description"
            label={t('services.form.description')}
            value={description}
            maxLength={4000}
            autosize
            minRows={2}
            onChange={(e) => {
              setDescription(e.currentTarget.value)
            }}
          />
          <TextInput
            id="service-openapi-url"
            label={t('services.form.openapiUrl')}
            type="url"
            value={openapiUrl}
            required={!openapiText.trim()}
            onChange={(e) => {
              setOpenapiUrl(e.currentTarget.value)
            }}
          />
          <Textarea
            id="service-openapi-text"
            label={t('services.form.openapiText')}
            value={openapiText}
            autosize
            minRows={2}
            maxRows={10}
            translate="no"
            onChange={(e) => {
              setOpenapiText(e.currentTarget.value)
            }}
          />
          <Textarea
            id="service-attributes"
            label={t('services.form.attributes')}
            value={attributes}
            autosize
            minRows={2}
            translate="no"
            onChange={(e) => {
              setAttributes(e.currentTarget.value)
            }}
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
                    <TextInput
                      id={`purpose-${String(i)}-code`}
                      label={t('services.form.purposeCode')}
                      value={p.code}
                      required
                      maxLength={64}
                      pattern="[a-z][a-z0-9_]{0,63}"
                      translate="no"
                      onChange={(e) => {
                        setPurpose(i, 'code', e.currentTarget.value)
                      }}
                    />
                    <TextInput
                      id={`purpose-${String(i)}-name`}
                      label={t('services.form.purposeName')}
                      value={p.name}
                      required
                      maxLength={200}
                      onChange={(e) => {
                        setPurpose(i, 'name', e.currentTarget.value)
                      }}
                    />
                    <TextInput
                      id={`purpose-${String(i)}-legal-basis`}
                      label={t('services.form.legalBasis')}
                      value={p.legalBasis}
                      required
                      maxLength={500}
                      onChange={(e) => {
                        setPurpose(i, 'legalBasis', e.currentTarget.value)
                      }}
                    />
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
            value={target}
            required
            maxLength={2000}
            translate="no"
            {...(kind === 'http' ? { type: 'url' } : {})}
            onChange={(e) => {
              setTarget(e.currentTarget.value)
            }}
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
