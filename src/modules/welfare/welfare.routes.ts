import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePersonalNumber, requirePrincipal } from '../../platform/auth/access.js'
import type { Database } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import { acceptSheets, SHEET_TYPES } from '../../platform/sheets/sheet-table.js'
import {
  addBeneficiary,
  beneficiaryDetail,
  decideBeneficiary,
  listBeneficiaries,
} from './beneficiaries/beneficiaries.service.js'
import { readResultSheet, ResultSheet } from './periods/bank-file.js'
import type { LineRecord } from './periods/periods.queries.js'
import {
  buildPeriod,
  listPeriods,
  periodBankFile,
  periodDetail,
  reconcilePeriod,
} from './periods/periods.service.js'
import {
  PROGRAMMES,
  SOCIAL_ASSISTANCE_STANDARD,
  type Programme,
} from './programmes/programmes.reference.js'
import { myBenefits } from './registry/my-benefits.js'
import { welfareErrors } from './welfare.errors.js'
import {
  presentBeneficiary,
  presentHistory,
  presentLine,
  presentPeriod,
} from './welfare.presenters.js'
import {
  AddBody,
  BeneficiaryDetail,
  BeneficiaryList,
  Binary,
  DecisionBody,
  FileParams,
  IdParams,
  ListQuery,
  MyBenefits,
  PeriodBody,
  PeriodDetail,
  PeriodList,
  PeriodsQuery,
  ProgrammeList,
} from './welfare.schemas.js'

const tags = ['welfare']
const presentDetail = <T extends Parameters<typeof presentPeriod>[0] & { lines: LineRecord[] }>(
  detail: T,
) => ({ ...presentPeriod(detail), lines: detail.lines.map(presentLine) })
const READ = { access: 'welfare.read' } as const
const MANAGE = { access: 'welfare.manage' } as const
/** A bank's result file of a commune's month: a few thousand lines at most. */
const MAX_RESULT_BYTES = 5 * 1024 * 1024

/** Programmes, beneficiaries and payment periods under /api/v1/welfare (models 20, 36). */
export const welfareRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = database
    const caller = (request: Parameters<typeof requirePrincipal>[0]) => ({
      principal: requirePrincipal(request),
      ip: request.ip,
    })
    acceptSheets(app, MAX_RESULT_BYTES, readResultSheet)
    const detailOf = async (request: FastifyRequest, id: string) => {
      const detail = await beneficiaryDetail(db, requirePrincipal(request), id)
      return { ...presentBeneficiary(detail), history: detail.history.map(presentHistory) }
    }

    app.get(
      '/programmes',
      {
        schema: {
          tags,
          summary: 'Các chương trình trợ giúp xã hội / Social programmes',
          response: { 200: ProgrammeList, ...errors(401, 403) },
        },
        config: READ,
      },
      async () => ({
        standard: SOCIAL_ASSISTANCE_STANDARD,
        items: PROGRAMMES.map((p: Programme) => {
          const { listedIn, ...rule } = p.rule
          return { ...p, rule: { ...rule, ...(listedIn ? { listedIn: [...listedIn] } : {}) } }
        }),
      }),
    )
    app.get(
      '/beneficiaries',
      {
        schema: {
          tags,
          summary: 'Danh sách đối tượng của chương trình tại xã / A programme’s list in a commune',
          querystring: ListQuery,
          response: { 200: BeneficiaryList, ...errors(400, 401, 403, 422) },
        },
        config: READ,
      },
      async (request) => ({
        items: (await listBeneficiaries(db, requirePrincipal(request), request.query)).map(
          presentBeneficiary,
        ),
      }),
    )
    app.post(
      '/beneficiaries',
      {
        schema: {
          tags,
          summary: 'Thêm đối tượng theo số định danh / Add a beneficiary by personal number',
          body: AddBody,
          response: { 201: BeneficiaryDetail, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        const row = await addBeneficiary(database, caller(request), request.body)
        return reply.code(201).send(await detailOf(request, row.id))
      },
    )
    app.get(
      '/beneficiaries/:id',
      {
        schema: {
          tags,
          summary: 'Đối tượng và lịch sử / A beneficiary and their history',
          params: IdParams,
          response: { 200: BeneficiaryDetail, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request) => detailOf(request, request.params.id),
    )
    app.post(
      '/beneficiaries/:id/decision',
      {
        schema: {
          tags,
          summary: 'Duyệt, từ chối hoặc dừng hưởng / Approve, refuse or stop',
          params: IdParams,
          body: DecisionBody,
          response: { 200: BeneficiaryDetail, ...errors(400, 401, 403, 404, 409) },
        },
        config: MANAGE,
      },
      async (request) => {
        await decideBeneficiary(database, caller(request), request.params.id, request.body)
        return detailOf(request, request.params.id)
      },
    )
    app.get(
      '/periods',
      {
        schema: {
          tags,
          summary: 'Các kỳ chi trả / Payment periods',
          querystring: PeriodsQuery,
          response: { 200: PeriodList, ...errors(400, 401, 403, 422) },
        },
        config: READ,
      },
      async (request) => ({
        items: (await listPeriods(db, requirePrincipal(request), request.query)).map(presentPeriod),
      }),
    )
    app.post(
      '/periods',
      {
        schema: {
          tags,
          summary: 'Lập danh sách chi trả của tháng / Build a month’s payment list',
          body: PeriodBody,
          response: { 201: PeriodDetail, ...errors(400, 401, 403, 409, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(presentDetail(await buildPeriod(database, caller(request), request.body))),
    )
    app.get(
      '/periods/:id',
      {
        schema: {
          tags,
          summary: 'Kỳ chi trả và các dòng / A payment period and its lines',
          params: IdParams,
          response: { 200: PeriodDetail, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request) =>
        presentDetail(await periodDetail(db, requirePrincipal(request), request.params.id)),
    )
    app.get(
      '/periods/:id/bank-file.:format',
      {
        schema: {
          tags,
          summary: 'Tệp chi trả gửi ngân hàng (CSV, XLSX) / The bank’s payment file',
          params: FileParams,
          response: { 200: Binary('the payment order'), ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request, reply) => {
        const file = await periodBankFile(
          db,
          requirePrincipal(request),
          request.params.id,
          request.params.format,
        )
        return reply
          .type(SHEET_TYPES[request.params.format])
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.body)
      },
    )
    app.post(
      '/periods/:id/reconciliation',
      {
        schema: {
          tags,
          summary: 'Đối soát từ tệp kết quả của ngân hàng / Reconcile from the bank’s result file',
          params: IdParams,
          response: { 200: PeriodDetail, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
        },
        config: MANAGE,
      },
      async (request) => {
        if (!(request.body instanceof ResultSheet))
          throw welfareErrors.refuse('RESULT_FILE_UNREADABLE')
        return presentDetail(
          await reconcilePeriod(database, caller(request), request.params.id, request.body),
        )
      },
    )
  }

/** The citizen's own benefits under /api/v1/me. */
export const myBenefitsRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/benefits',
      {
        schema: {
          tags,
          summary: 'Trợ cấp và các lần chi trả của tôi / My benefits and payments',
          response: { 200: MyBenefits, ...errors(401, 403) },
        },
        config: { access: 'me.read' },
      },
      async (request) => myBenefits(database.db, requirePersonalNumber(request)),
    )
  }
