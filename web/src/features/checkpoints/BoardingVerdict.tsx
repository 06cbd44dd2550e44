import { Paper, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { ApiError } from '../../api/client'
import { describeError } from '../../components/errors'
import { useI18n } from '../../i18n/i18n'
import { checkpointsMessages } from './messages'

/** The passenger may board: their name, and what else boarding did (`children`). */
export function BoardedVerdict({ fullName, children }: { fullName: string; children?: ReactNode }) {
  const { t } = useI18n(checkpointsMessages)
  return (
    <Paper
      withBorder
      p="md"
      role="status"
      data-boarding="boarded"
      style={{ borderLeft: '6px solid var(--mantine-color-green-8)' }}
    >
      <Stack gap="xs">
        <Text fw={700} size="lg">
          {t('boarding.valid')}
        </Text>
        <Text>
          {t('boarding.person')}: <strong translate="no">{fullName}</strong>
        </Text>
        {children}
      </Stack>
    </Paper>
  )
}

/** Why the passenger may not board: no ticket, another trip's, already used, or the code. */
export function RefusedVerdict({ error }: { error: unknown }) {
  const i18n = useI18n(checkpointsMessages)
  const code = error instanceof ApiError ? error.code : 'UNEXPECTED'
  return (
    <Paper
      withBorder
      p="md"
      role="alert"
      data-boarding="refused"
      data-refusal={code}
      style={{ borderLeft: '6px solid var(--mantine-color-red-8)' }}
    >
      <Stack gap="xs">
        <Text fw={700} size="lg">
          {i18n.t('boarding.refused')}
        </Text>
        <Text>{describeError(i18n, error)}</Text>
      </Stack>
    </Paper>
  )
}
