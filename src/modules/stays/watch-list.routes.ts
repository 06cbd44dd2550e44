import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { authenticationRequired } from '../../platform/auth/access.js'
import type { Database } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import { acknowledgeAlert, listAlerts } from './watch-list.alerts.js'
import type { Officer } from './watch-list.policy.js'
import { watchNamesOf } from './watch-list.names.js'
import type { AlertRow, WatchListEntry } from './watch-list.queries.js'
import { alertNaming, entryNaming, presentAlert, presentEntry } from './watch-list.presenters.js'
import {
  AlertPageSchema,
  AlertQuery,
  AlertSchema,
  IdParams,
  NewWatchListEntryBody,
  RemovalBody,
  WatchListEntrySchema,
  WatchListPageSchema,
  WatchListQuery,
} from './watch-list.schemas.js'
import { addWatchListEntry, listWatchList, removeWatchListEntry } from './watch-list.service.js'

const tags = ['stays']
const MANAGE = { access: 'stays.watchlist.manage' }
const READ = { access: 'stays.police.read' }

function officerOf(request: FastifyRequest): Officer {
  if (!request.principal) throw authenticationRequired()
  return { principal: request.principal, ip: request.ip }
}

/**
 * The police's watch list and its alerts under /api/v1/stays/police. Entries are personal data:
 * nothing here logs them, and the response schemas name every field that leaves.
 */
export const watchListRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = database
    const namedEntry = async (entry: WatchListEntry) =>
      presentEntry(entry, await watchNamesOf(db, entryNaming([entry])))
    const namedAlert = async (alert: AlertRow) =>
      presentAlert(alert, await watchNamesOf(db, alertNaming([alert])))

    app.get(
      '/police/watch-list',
      {
        schema: {
          tags,
          summary: 'Danh sách theo dõi đang hiệu lực / Active watch list',
          querystring: WatchListQuery,
          response: { 200: WatchListPageSchema, ...errors(400, 401, 403) },
        },
        config: MANAGE,
      },
      async (request) => {
        const page = await listWatchList(db, officerOf(request).principal, request.query)
        const names = await watchNamesOf(db, entryNaming(page.items))
        return { entries: page.items.map((e) => presentEntry(e, names)), next: page.next }
      },
    )

    app.post(
      '/police/watch-list',
      {
        schema: {
          tags,
          summary: 'Đưa người vào danh sách theo dõi / Put a person on the watch list',
          body: NewWatchListEntryBody,
          response: { 201: WatchListEntrySchema, ...errors(400, 401, 403, 409, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await namedEntry(await addWatchListEntry(db, officerOf(request), request.body))),
    )

    app.delete(
      '/police/watch-list/:id',
      {
        schema: {
          tags,
          summary:
            'Gỡ khỏi danh sách theo dõi (nêu lý do) / Take off the watch list (with a reason)',
          params: IdParams,
          body: RemovalBody,
          response: { 200: WatchListEntrySchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: MANAGE,
      },
      async (request) =>
        namedEntry(
          await removeWatchListEntry(
            db,
            officerOf(request),
            request.params.id,
            request.body.reason,
          ),
        ),
    )

    app.get(
      '/police/alerts',
      {
        schema: {
          tags,
          summary:
            'Cảnh báo người trong danh sách theo dõi (công an xã nơi lưu trú và đơn vị phụ trách) / Watch-list alerts (commune police of the stay and the responsible unit)',
          querystring: AlertQuery,
          response: { 200: AlertPageSchema, ...errors(400, 401, 403) },
        },
        config: READ,
      },
      async (request) => {
        const page = await listAlerts(database, officerOf(request), request.query)
        const names = await watchNamesOf(db, alertNaming(page.items))
        return { alerts: page.items.map((a) => presentAlert(a, names)), next: page.next }
      },
    )

    app.post(
      '/police/alerts/:id/acknowledgement',
      {
        schema: {
          tags,
          summary: 'Xác nhận đã xử lý cảnh báo / Acknowledge an alert',
          params: IdParams,
          response: { 200: AlertSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: MANAGE,
      },
      async (request) =>
        namedAlert(await acknowledgeAlert(db, officerOf(request), request.params.id)),
    )
  }
