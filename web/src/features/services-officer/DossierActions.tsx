import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platform } from '../../api/client'
import { ErrorMessage } from '../../components/Status'
import { useNotifyDone } from '../../components/useNotify'
import { useI18n } from '../../i18n/i18n'
import { officerMessages } from './messages'

type Action = 'assign' | 'request' | 'approve' | 'refuse'

const OPEN = ['received', 'in_review', 'needs_info']

/**
 * What the officer may do where the dossier stands (the server decides again): take it, ask for
 * more, approve or refuse, each confirmed before it is sent.
 */
export function DossierActions({
  code,
  status,
  assignedToMe,
  onChanged,
}: {
  code: string
  status: string
  assignedToMe: boolean
  onChanged: () => void
}) {
  const { t } = useI18n(officerMessages)
  const notify = useNotifyDone()
  const [open, setOpen] = useState<Action | null>(null)
  const [text, setText] = useState('')
  const [missing, setMissing] = useState<string>()
  const params = { path: { code } }
  const { mutate, isPending, error, reset } = useMutation({
    mutationFn: async (action: Action) => {
      const reason = text.trim()
      if (action === 'assign')
        return platform.POST('/api/v1/services/handling/{code}/assign', { params, body: {} })
      if (action === 'request')
        return platform.POST('/api/v1/services/handling/{code}/request-info', {
          params,
          body: { message: reason },
        })
      if (action === 'approve')
        return platform.POST('/api/v1/services/handling/{code}/approve', {
          params,
          body: reason ? { reason } : {},
        })
      return platform.POST('/api/v1/services/handling/{code}/refuse', {
        params,
        body: { reason },
      })
    },
    onSuccess: (_, action) => {
      notify(t(`action.done.${action}`, { code }))
      setOpen(null)
      setText('')
      onChanged()
    },
  })
  if (!OPEN.includes(status)) return <Text>{t('action.decided')}</Text>
  const start = (action: Action) => {
    reset()
    setMissing(undefined)
    setText('')
    setOpen(action)
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    if (!open) return
    if (open !== 'approve' && !text.trim()) {
      setMissing(t(open === 'request' ? 'action.messageRequired' : 'action.reasonRequired'))
      return
    }
    mutate(open)
  }
  const confirmText =
    open === 'approve'
      ? t('action.confirmApprove', { code })
      : open === 'refuse'
        ? t('action.confirmRefuse', { code })
        : null
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2}>{t('action.title')}</Title>
        <Group gap="sm">
          {!assignedToMe ? (
            <Button
              variant="default"
              disabled={isPending}
              onClick={() => {
                mutate('assign')
              }}
            >
              {t('action.assign')}
            </Button>
          ) : null}
          {status !== 'needs_info' ? (
            <Button
              variant="default"
              onClick={() => {
                start('request')
              }}
            >
              {t('action.request')}
            </Button>
          ) : null}
          <Button
            color="green"
            onClick={() => {
              start('approve')
            }}
          >
            {t('action.approve')}
          </Button>
          <Button
            color="red"
            variant="outline"
            onClick={() => {
              start('refuse')
            }}
          >
            {t('action.refuse')}
          </Button>
        </Group>
        {open && open !== 'assign' ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              {confirmText ? <Text role="status">{confirmText}</Text> : null}
              <Textarea
                id={`action-${open}`}
                label={t(
                  open === 'request'
                    ? 'action.message'
                    : open === 'refuse'
                      ? 'action.reason'
                      : 'action.note',
                )}
                description={open === 'request' ? t('action.messageHint') : undefined}
                classNames={{ description: 'hint' }}
                required={open !== 'approve'}
                maxLength={1000}
                autosize
                minRows={2}
                error={missing}
                value={text}
                onChange={(e) => {
                  setText(e.currentTarget.value)
                }}
              />
              <Group gap="sm">
                <Button type="submit" disabled={isPending}>
                  {open === 'request' ? t('action.request') : t('action.confirm')}
                </Button>
                <Button
                  variant="default"
                  onClick={() => {
                    setOpen(null)
                  }}
                >
                  {t('action.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
        {error ? <ErrorMessage error={error} /> : null}
      </Stack>
    </Paper>
  )
}
