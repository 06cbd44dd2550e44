import { Paper, Stack, Text } from '@mantine/core'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { verificationMessages } from './messages'

export interface CheckAnswer {
  check: {
    result: 'match' | 'mismatch' | 'notFound'
    eidLevel: number | null
    flag: 'notOnList' | 'secondCheckIn' | null
    purpose: string
  }
  presented: { personalNumber: string; fullName: string; birthDate: string } | null
}

const COLOURS = { match: 'green', mismatch: 'red', notFound: 'orange' } as const

/** What the check found: the person as presented and what the registry said of them. */
export function CheckResult({ answer }: { answer: CheckAnswer }) {
  const { t } = useI18n(verificationMessages)
  const { check, presented } = answer
  return (
    <Paper
      withBorder
      p="md"
      data-check-result={check.result}
      role="status"
      style={{ borderLeft: `6px solid var(--mantine-color-${COLOURS[check.result]}-8)` }}
    >
      <Stack gap="xs">
        <Text fw={700} size="lg">
          {t(`result.${check.result}`)}
        </Text>
        {check.flag ? (
          <Text fw={700} c="red.9">
            {t(`flag.${check.flag}`)}
          </Text>
        ) : null}
        {presented ? (
          <>
            <Text>
              {t('field.name')}: <strong translate="no">{presented.fullName}</strong>
            </Text>
            <Text>
              {t('field.birthDate')}: <span translate="no">{formatDate(presented.birthDate)}</span>
            </Text>
            <Text>
              {t('field.number')}: <span translate="no">{presented.personalNumber}</span>
            </Text>
          </>
        ) : null}
        <Text>
          {t('field.eidLevel')}: {check.eidLevel ?? t('field.eidNone')}
        </Text>
      </Stack>
    </Paper>
  )
}
