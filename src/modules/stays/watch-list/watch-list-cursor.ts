import { cursorInvalid } from '../stays.errors.js'
import type { PagePosition } from './watch-list.queries.js'

const POSITION = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)~([0-9a-f-]{36})$/

export const encodePosition = (position: PagePosition): string =>
  Buffer.from(`${position.at}~${position.id}`).toString('base64url')

/** @throws STAY_CURSOR_INVALID */
export function decodePosition(cursor: string | undefined): PagePosition | undefined {
  if (cursor === undefined) return undefined
  const match = POSITION.exec(Buffer.from(cursor, 'base64url').toString())
  if (!match) throw cursorInvalid()
  return { at: match[1]!, id: match[2]! }
}

/** The page and the cursor of the next one, from rows fetched one beyond the limit. */
export function pageOf<T extends { id: string; position: string }>(
  rows: T[],
  limit: number,
): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return {
    items,
    next: rows.length > limit && last ? encodePosition({ at: last.position, id: last.id }) : null,
  }
}
