import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import { ErrorMessage } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { servicesMessages } from './messages'

interface AnswerPanelProps {
  /** The dossier (a filing, or a part of a linked one) the officer asked more of. */
  code: string
  /** What the officer asked, from the timeline. */
  request: string | null
}

/** Where the resident answers an officer's request for more, which restarts the clock. */
export function AnswerPanel({ code, request }: AnswerPanelProps) {
  const { t } = useI18n(servicesMessages)
  const queryClient = useQueryClient()
  const [message, setMessage] = useState('')
  const answer = platformQuery.useMutation('post', '/api/v1/me/dossiers/{code}/answer', {
    onSuccess: () => {
      setMessage('')
      void queryClient.invalidateQueries()
    },
  })
  return (
    <Paper withBorder p="md" className="no-print">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          answer.mutate({ params: { path: { code } }, body: { message: message.trim() } })
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('answer.title')}
          </Title>
          {request ? (
            <Text>
              {t('answer.request')}: {request}
            </Text>
          ) : null}
          <Textarea
            label={t('answer.message')}
            value={message}
            onChange={(event) => {
              setMessage(event.currentTarget.value)
            }}
            required
            maxLength={1000}
            autosize
            minRows={3}
          />
          {answer.isError ? <ErrorMessage error={answer.error} /> : null}
          <Button type="submit" loading={answer.isPending} disabled={message.trim() === ''}>
            {t('answer.send')}
          </Button>
        </Stack>
      </form>
    </Paper>
  )
}
