import { List, Text } from '@mantine/core'
import { errorId, type FieldErrorProps } from '@rjsf/utils'

/**
 * A field's errors under it only where no input shows them: an input's own error (Mantine's
 * `error`, tied to it by aria-describedby) says it once; a group (an object) has no input.
 */
export function FieldErrors({ errors, schema, fieldPathId }: FieldErrorProps) {
  if (!errors?.length || schema.type !== 'object') return null
  return (
    <List id={errorId(fieldPathId)} size="sm" c="red.8">
      {errors.map((error, i) => (
        <List.Item key={i}>
          <Text inherit>{typeof error === 'string' ? error : null}</Text>
        </List.Item>
      ))}
    </List>
  )
}
