import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { acceptSheets } from '../../../platform/sheets/sheet-table.js'
import { IdempotencyHeaders } from '../declarations/declarations.schemas.js'
import type { DeclareContext } from '../declarations/declarations.types.js'
import { EstablishmentParams } from '../establishments/establishments.schemas.js'
import { idempotencyOf, sendOutcome } from '../idempotency.js'
import { importRoomingList } from './rooming-list.service.js'
import {
  headersOf,
  MAX_ROOMING_LIST_BYTES,
  MAX_ROOMING_LIST_ROWS,
  readRoomingSheet,
  ROOMING_LIST_COLUMNS,
  ROOMING_LIST_TYPES,
  RoomingSheet,
  type Column,
} from './rooming-list-sheet.js'
import { roomingListEmpty, roomingListFormat } from '../stays.errors.js'

export interface RoomingListRouteOptions {
  db: Executor
  identity: DeclareContext['identity']
}

const ImportReportSchema = Type.Object({
  accepted: Type.Integer(),
  refused: Type.Integer(),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer({ description: 'row number in the file; the header is row 1' }),
      status: Type.Union([Type.Literal('accepted'), Type.Literal('refused')]),
      code: Type.String({ description: "STAY_DECLARED, or the refusal's error code" }),
      message: Type.String(),
      declarationId: Type.Optional(Type.String()),
    }),
  ),
})

const COLUMNS_DOC = (Object.keys(ROOMING_LIST_COLUMNS) as Column[])
  .map(
    (column) =>
      `- ${column}: ${headersOf(column)
        .map((h) => `"${h}"`)
        .join(', ')}`,
  )
  .join('\n')

const DESCRIPTION = `The body is the file itself: Content-Type text/csv (UTF-8; comma, semicolon or tab) or
${ROOMING_LIST_TYPES.xlsx} (first sheet). A header row, then one guest a row, at most
${MAX_ROOMING_LIST_ROWS} rows and ${MAX_ROOMING_LIST_BYTES / 1024 / 1024} MB. Headers (case and diacritics ignored):
${COLUMNS_DOC}
A citizen needs personalNumber, fullName, birthDate, arrival; a foreigner (a row with passportNumber)
fullName, birthDate, nationality (ICAO code, e.g. FRA), passportNumber, passportExpiry, entryDate, arrival,
and sex, visaNumber, visaExpiry when known. Dates DD/MM/YYYY; arrival and expectedDeparture DD/MM/YYYY HH:mm,
Vietnam time. Each row is declared on its own; the answer reports every row, a refusal naming the
column by the file's own header.`

function staffOf(request: FastifyRequest): Principal {
  return requirePrincipal(request)
}

/** @throws STAY_ROOMING_LIST_EMPTY without a body, STAY_ROOMING_LIST_FORMAT for another type */
function sheetOf(body: unknown): RoomingSheet {
  if (body === undefined || body === null) throw roomingListEmpty()
  if (!(body instanceof RoomingSheet)) throw roomingListFormat()
  return body
}

/** Rooming lists under /api/v1/stays: a CSV or XLSX of guests, with a per-row report. */
export const roomingListRoutes =
  ({ db, identity }: RoomingListRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    acceptSheets(app, MAX_ROOMING_LIST_BYTES, readRoomingSheet)

    app.post(
      '/establishments/:id/rooming-lists',
      {
        schema: {
          tags: ['stays'],
          summary: 'Nhập danh sách khách (CSV, XLSX) / Import a rooming list (CSV, XLSX)',
          description: DESCRIPTION,
          params: EstablishmentParams,
          headers: IdempotencyHeaders,
          response: { 200: ImportReportSchema, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
        },
        config: { access: 'stays.declare' },
      },
      async (request, reply) =>
        sendOutcome(
          reply,
          await importRoomingList(db, {
            principal: staffOf(request),
            establishmentId: request.params.id,
            sheet: sheetOf(request.body),
            idempotency: idempotencyOf(request),
            identity,
          }),
        ),
    )
  }
