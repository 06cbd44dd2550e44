import { List } from '@mantine/core'
import { useI18n } from '../../i18n/i18n'
import { ssoMessages } from './messages'
import { consentLines } from './labels'

/** What a system receives (or asks to), one line per piece of data, in words. */
export function ConsentList({
  scopes,
  claims,
  labelledBy,
}: {
  scopes: readonly string[]
  claims: readonly string[]
  /** The id of the sentence that introduces the list, when there is one. */
  labelledBy?: string
}) {
  const { t } = useI18n(ssoMessages)
  return (
    <List my="xs" spacing={4} aria-labelledby={labelledBy}>
      {consentLines(scopes, claims).map((line) => (
        <List.Item key={line.id}>{line.label ? t(line.label) : line.raw}</List.Item>
      ))}
    </List>
  )
}
