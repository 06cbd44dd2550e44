import '@mantine/dates/styles.layer.css'
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { Form } from '@rjsf/mantine'
import type { RJSFSchema, UiSchema } from '@rjsf/utils'
import validator from '@rjsf/validator-ajv8'
import { useMemo, useState } from 'react'
import { ApiError } from '../../api/client'
import { ErrorMessage } from '../../components/Status'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { CommuneWidget } from './CommuneWidget'
import { Documents, type Uploaded } from './Documents'
import { FieldErrors } from './FieldErrors'
import { NativeSelectWidget } from './NativeSelectWidget'
import {
  buildUiSchema,
  changedPaths,
  errorSchemaOf,
  mergeValues,
  withoutField,
  type FieldProblem,
} from './formUi'
import { servicesMessages } from './messages'
import type { FormStart, FormValues, Receipt, ServiceDetail } from './types'
import { useDraftAutosave } from './useDraft'
import { useFiling } from './useFiling'

const widgets = { commune: CommuneWidget, SelectWidget: NativeSelectWidget }
const templates = { FieldErrorTemplate: FieldErrors }

/** The server's refusal as problems at the fields, when it names fields. */
function fieldProblemsOf(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError)) return []
  const details = error.details as { fields?: FieldProblem[]; field?: string } | null
  if (error.code === 'SERVICE_FORM_INVALID' && Array.isArray(details?.fields)) return details.fields
  if (error.code === 'SERVICE_COMMUNE_UNKNOWN' && typeof details?.field === 'string') {
    const [vi = '', en = vi] = error.message.split(' / ')
    return [{ field: details.field, vi, en }]
  }
  return []
}

const missingDocumentsOf = (error: unknown): string[] =>
  error instanceof ApiError && error.code === 'SERVICE_ATTACHMENT_REQUIRED'
    ? ((error.details as { requirements?: string[] } | null)?.requirements ?? [])
    : []

/** rjsf's id of a field (`stay.address` → `root_stay_address`), to take the focus there. */
const fieldId = (field: string) => `root_${field.split('.').join('_')}`

function DraftStatus({ state }: { state: ReturnType<typeof useDraftAutosave>['state'] }) {
  const { t } = useI18n(servicesMessages)
  const text =
    state.status === 'saving'
      ? t('service.draftSaving')
      : state.status === 'saved'
        ? t('service.draftSaved', { at: formatDateTime(state.at) })
        : state.status === 'failed'
          ? t('service.draftFailed')
          : ''
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite" data-draft-status={state.status}>
      {text}
    </Text>
  )
}

/**
 * The service's form as its JSON Schema draws it (@rjsf/mantine), filled from the registry with
 * those fields locked, resumed from the draft, saved as a draft as the person types, and filed
 * under one Idempotency-Key per filing. The server validates, and names each failing field in
 * both languages; those show at the fields, in the language of the page.
 */
export function ServiceForm({
  service,
  start,
  kiosk = false,
  onFiled,
}: {
  service: ServiceDetail
  start: FormStart
  kiosk?: boolean
  onFiled: (receipt: Receipt) => void
}) {
  const i18n = useI18n(servicesMessages)
  const { t, language } = i18n
  const initial = useMemo(
    () => mergeValues(start.draft?.data ?? {}, start.values),
    [start.draft, start.values],
  )
  const [data, setData] = useState<FormValues>(initial)
  const [edited, setEdited] = useState(false)
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [uploads, setUploads] = useState<Uploaded[]>([])
  const draft = useDraftAutosave(service.code, data, edited)
  const filing = useFiling()
  const missing = missingDocumentsOf(filing.failure)
  const schema = service.form.schema as RJSFSchema
  const uiSchema = useMemo(
    () =>
      buildUiSchema({
        schema,
        uiSchema: (service.form.uiSchema ?? {}) as UiSchema,
        labels: service.form.labels,
        locked: start.locked,
        i18n,
        kiosk,
      }),
    [schema, service.form.uiSchema, service.form.labels, start.locked, i18n, kiosk],
  )
  const extraErrors = useMemo(() => errorSchemaOf(problems, language), [problems, language])
  const otherFailure =
    filing.failure && problems.length === 0 && missing.length === 0 ? filing.failure : null

  const submit = () => {
    filing.file(
      {
        serviceCode: service.code,
        data,
        attachments: uploads.map(({ requirement, id }) => ({ requirement, id })),
      },
      (receipt) => {
        draft.stop()
        onFiled(receipt)
      },
      (error) => {
        const fields = fieldProblemsOf(error)
        setProblems(fields)
        // The first field to correct takes the focus, its error read out with it.
        if (fields[0]) {
          const id = fieldId(fields[0].field)
          window.setTimeout(() => {
            document.getElementById(id)?.focus()
          }, 0)
        }
      },
    )
  }

  return (
    <Stack gap="md">
      <Documents
        documents={service.documents}
        missing={missing}
        kiosk={kiosk}
        onUploaded={(uploaded) => {
          setUploads((all) => [
            ...all.filter((u) => u.requirement !== uploaded.requirement),
            uploaded,
          ])
        }}
      />
      <Paper withBorder p="md" component="section" aria-labelledby="form-title">
        <Title order={2} size="h3" id="form-title">
          {t('service.form')}
        </Title>
        {start.locked.length > 0 ? (
          <Text size="sm" my="sm">
            {t('service.prefilledIntro')}
          </Text>
        ) : null}
        {start.draft ? (
          <Text size="sm" my="sm">
            {t('service.draftResumed', { at: formatDateTime(start.draft.updatedAt) })}
          </Text>
        ) : null}
        <Form
          className={kiosk ? 'service-form service-form-kiosk' : 'service-form'}
          schema={schema}
          uiSchema={uiSchema}
          formData={data}
          validator={validator}
          widgets={widgets}
          templates={templates}
          // The server validates and says why in Vietnamese and English; ajv's words are English
          // only. rjsf deprecates the switch for an optional validator, not released yet.
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          noValidate
          noHtml5Validate
          showErrorList={false}
          extraErrors={extraErrors}
          onChange={(event) => {
            const next = (event.formData ?? {}) as FormValues
            const changed = new Set(changedPaths(data, next))
            if (changed.size === 0) return
            setData(next)
            setEdited(true)
            setProblems((now) => withoutField(now, changed))
          }}
          onSubmit={submit}
        >
          <Stack gap="sm" mt="md">
            {problems.length > 0 ? (
              <Alert color="red" role="alert">
                {t('service.invalid')}
              </Alert>
            ) : null}
            {otherFailure ? <ErrorMessage error={otherFailure} focus /> : null}
            <Group justify="space-between" align="center">
              <DraftStatus state={draft.state} />
              <Group gap="sm">
                {edited || start.draft ? (
                  <Button
                    type="button"
                    variant="default"
                    size={kiosk ? 'xl' : 'md'}
                    onClick={() => {
                      void draft.discard().then(() => {
                        setData(start.values)
                        setEdited(false)
                        setProblems([])
                      })
                    }}
                  >
                    {t('service.discard')}
                  </Button>
                ) : null}
                <Button type="submit" size={kiosk ? 'xl' : 'md'} loading={filing.busy}>
                  {filing.busy ? t('service.submitting') : t('service.submit')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Form>
      </Paper>
    </Stack>
  )
}
