import type { AdminUnit } from '../api/types'
import { useApi } from './useApi'

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
  if (!name) return <span className="mono">{code}</span>
  return (
    <>
      {name}
      {withCode ? <span className="mono hint-inline"> ({code})</span> : null}
    </>
  )
}

/** A unit known only by its code, named from the public reference data (the code until then). */
export function UnitName({ code }: { code: string }) {
  const { state } = useApi<AdminUnit>(`/api/v1/population/units/${encodeURIComponent(code)}`)
  return <Place name={state.status === 'ok' ? state.data.name : null} code={code} />
}
