/** Reading and writing a form's data by dotted path ('stay.communeCode'). */

export function valueAt(data: Record<string, unknown>, path: string): unknown {
  let node: unknown = data
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

/** A copy of `data` with `value` at `path`, making the objects on the way. */
export function withValueAt(
  data: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]]
  if (rest.length === 0) return { ...data, [head]: value }
  const child = data[head]
  const inner =
    child !== null && typeof child === 'object' ? (child as Record<string, unknown>) : {}
  return { ...data, [head]: withValueAt(inner, rest.join('.'), value) }
}
