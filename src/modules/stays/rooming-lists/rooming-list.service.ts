import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
import { declarerActor, declareStays } from '../declarations/declarations.service.js'
import type { DeclareContext } from '../declarations/declarations.types.js'
import { getEstablishmentForStaff } from '../establishments/establishments.service.js'
import { withIdempotency, type IdempotentOutcome, type IdempotentRequest } from '../idempotency.js'
import { declarationOfRow } from './rooming-list-rows.js'
import type { RoomingSheet, SheetHeaders, SheetRow } from './rooming-list-sheet.js'

export interface RowReport {
  /** The row's number in the file; the header is row 1. */
  row: number
  status: 'accepted' | 'refused'
  code: string
  /** "Tiếng Việt / English"; a column named as the file's header names it. */
  message: string
  declarationId?: string
}

export interface ImportReport {
  accepted: number
  refused: number
  rows: RowReport[]
}

export interface ImportRequest {
  principal: Principal
  establishmentId: string
  sheet: RoomingSheet
  idempotency: IdempotentRequest
  identity: DeclareContext['identity']
}

const ACCEPTED = { code: 'STAY_DECLARED', message: 'Đã khai báo / Declared' }

/**
 * One row declared in a savepoint of its own: a refused row leaves nothing behind and does not
 * stop the others. Only refusals (AppError) are reported; anything else aborts the import.
 */
async function declareRow(
  tx: Executor,
  ctx: DeclareContext,
  { row, cells }: SheetRow,
  headers: SheetHeaders,
) {
  try {
    const [stay] = await tx.transaction((savepoint) =>
      declareStays(savepoint, ctx, declarationOfRow(cells, headers)),
    )
    return { row, status: 'accepted', ...ACCEPTED, declarationId: stay!.id } as const
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return { row, status: 'refused', code: error.code, message: error.message } as const
  }
}

/**
 * Declares the guests of a rooming list, each row on its own, once per Idempotency-Key: a
 * retried upload gets the first report back instead of declaring anyone twice.
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF, STAY_IDEMPOTENCY_KEY_REUSED
 */
export async function importRoomingList(
  db: Executor,
  request: ImportRequest,
): Promise<IdempotentOutcome<ImportReport>> {
  const { principal, sheet, identity } = request
  const establishment = await getEstablishmentForStaff(db, principal, request.establishmentId)
  return withIdempotency(db, request.idempotency, async (tx) => {
    const ctx = { establishment, declarer: declarerActor(principal), now: new Date(), identity }
    const rows: RowReport[] = []
    for (const row of sheet.rows) rows.push(await declareRow(tx, ctx, row, sheet.headers))
    const accepted = rows.filter((r) => r.status === 'accepted').length
    return { status: 200, body: { accepted, refused: rows.length - accepted, rows } }
  })
}
