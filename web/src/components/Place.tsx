import { Text } from '@mantine/core'
import { platformQuery } from '../api/client'
import { useLoaded } from './useApi'

/**
 * A place as people read it: its name, with the code beside it only where an officer keys codes
 * into other systems. A code the server could not name is shown as it is, never hidden.
 */
export function Place({
  name,
  code,
  withCode = false,
}: {
  name: string | null
  code: string
  withCode?: boolean
}) {
  if (!name)
    return (
      <Text span ff="monospace">
        {code}
      </Text>
    )
  return (
    <>
      {name}
      {withCode ? (
        <Text span ff="monospace" size="sm" c="dimmed">
          {' '}
          ({code})
        </Text>
      ) : null}
    </>
  )
}

/** A unit known only by its code, named from the public reference data (the code until then). */
export function UnitName({ code }: { code: string }) {
  const { state } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/population/units/{code}', {
      params: { path: { code } },
    }),
  )
  return <Place name={state.status === 'ok' ? state.data.name : null} code={code} />
}
