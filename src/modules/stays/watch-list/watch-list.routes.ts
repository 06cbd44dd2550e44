import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Database } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { acknowledgeAlert, listAlerts } from './watch-list-alerts.js'
import type { Officer } from './watch-list.policy.js'
import { watchNamesOf } from './watch-list-names.js'
import type { AlertRow, WatchListEntry } from './watch-list.queries.js'
import { alertNaming, entryNaming, presentAlert, presentEntry } from './watch-list.presenters.js'
import {
  AlertPageSchema,
  AlertQuery,
  AlertSchema,
  IdParams,
  NewWatchListEntryBody,
  RefusalBody,
  RemovalBody,
  RenewalBody,
  ReviewPageSchema,
  ReviewQuery,
  WatchListEntrySchema,
  WatchListPageSchema,
  WatchListQuery,
} from './watch-list.schemas.js'
import { approveListing, listForReview, refuseListing } from './watch-list-review.js'
import {
  addWatchListEntry,
  listWatchList,
  removeWatchListEntry,
  renewWatchListEntry,
} from './watch-list.service.js'

const tags = ['stays']
const MANAGE = { access: 'stays.watchlist.manage' }
const READ = { access: 'stays.police.read' }
const APPROVE = { access: 'stays.watchlist.approve' }

function officerOf(request: FastifyRequest): Officer {
  return { principal: requirePrincipal(request), ip: request.ip }
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
          summary:
            'Danh sách theo dõi của các đơn vị trong địa bàn (đang chờ duyệt, đang hiệu lực; hoặc tất cả) / Watch list of the units in your jurisdiction (pending and active; or all)',
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
          summary:
            'Đưa người vào danh sách theo dõi (người ngoài địa bàn: chờ Công an tỉnh duyệt) / Put a person on the watch list (outside your units: awaits provincial approval)',
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
            'Kết thúc theo dõi hoặc rút yêu cầu (nêu lý do) / End a listing or withdraw a request (with a reason)',
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

    app.post(
      '/police/watch-list/:id/renewal',
      {
        schema: {
          tags,
          summary: 'Gia hạn theo dõi (tối đa 90 ngày) / Renew a listing (up to 90 days)',
          params: IdParams,
          body: RenewalBody,
          response: { 200: WatchListEntrySchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: MANAGE,
      },
      async (request) =>
        namedEntry(
          await renewWatchListEntry(
            db,
            officerOf(request),
            request.params.id,
            request.body.expiresAt,
          ),
        ),
    )

    app.get(
      '/police/watch-list/review',
      {
        schema: {
          tags,
          summary:
            'Rà soát danh sách theo dõi (Công an tỉnh): yêu cầu chờ duyệt trước, rồi mục sắp hết hạn / Review of listings (provincial police): pending requests first, then soonest to expire',
          querystring: ReviewQuery,
          response: { 200: ReviewPageSchema, ...errors(400, 401, 403) },
        },
        config: APPROVE,
      },
      async (request) => {
        const entries = await listForReview(db, officerOf(request).principal, request.query)
        const names = await watchNamesOf(db, entryNaming(entries))
        return { entries: entries.map((e) => presentEntry(e, names)) }
      },
    )

    app.post(
      '/police/watch-list/:id/approval',
      {
        schema: {
          tags,
          summary: 'Phê duyệt yêu cầu theo dõi / Approve a listing request',
          params: IdParams,
          response: { 200: WatchListEntrySchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: APPROVE,
      },
      async (request) =>
        namedEntry(await approveListing(db, officerOf(request), request.params.id)),
    )

    app.post(
      '/police/watch-list/:id/refusal',
      {
        schema: {
          tags,
          summary:
            'Từ chối yêu cầu theo dõi (nêu lý do) / Refuse a listing request (with a reason)',
          params: IdParams,
          body: RefusalBody,
          response: { 200: WatchListEntrySchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: APPROVE,
      },
      async (request) =>
        namedEntry(
          await refuseListing(db, officerOf(request), request.params.id, request.body.reason),
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
