import type { Database } from '../../../platform/db/database.js'
import type { MessageSender } from '../../identity/index.js'

/** What handling needs: the database, the notices' sender, the clock, a place for failures. */
export interface HandlingDeps {
  database: Database
  sender: MessageSender
  now: () => Date
  /** A notice that could not be sent: the change stands, the failure is logged. */
  noticeFailed: (error: unknown, code: string) => void
}
