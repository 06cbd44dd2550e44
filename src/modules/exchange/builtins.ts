import type { Executor } from '../../platform/db/database.js'
import type { AuditEntryInput } from '../audit/index.js'

/**
 * Services built into the platform, by name: a data service whose target is
 * `{ kind: 'builtin', name }` is answered by the handler registered under that name, in the
 * gateway's process, after the same checks and with the same log as a member's HTTP endpoint.
 * Other modules register theirs through exchange's index.ts (registerBuiltinService), once per
 * process: a handler is given the database with each call, so every app of the process shares it.
 */

export interface BuiltinCall {
  method: 'GET' | 'POST'
  /** The path after /x/{provider}/{service}/. */
  path: string
  query: Record<string, string>
  /** The parsed JSON body of a POST, undefined otherwise. */
  body: unknown
  consumerCode: string
  purpose: string
  /** The attributes the consumer's grant names: a handler releases these and no others. */
  attributes: readonly string[]
  /** The platform's database, for the handler's reads through its module's index.ts. */
  db: Executor
}

export interface BuiltinAnswer {
  status: number
  body: unknown
  /** The access to the resident's data the answer is, logged by the gateway with the call. */
  access?: AuditEntryInput
}

export type BuiltinHandler = (call: BuiltinCall) => Promise<BuiltinAnswer>

const handlers = new Map<string, BuiltinHandler>()

/** Makes a handler answer the built-in service `name`; a name is registered once. */
export function registerBuiltinService(name: string, handler: BuiltinHandler): void {
  if (handlers.has(name) && handlers.get(name) !== handler)
    throw new Error(`built-in service ${name} is registered twice`)
  handlers.set(name, handler)
}

export const builtinHandler = (name: string): BuiltinHandler | undefined => handlers.get(name)

export const isBuiltinService = (name: string): boolean => handlers.has(name)
