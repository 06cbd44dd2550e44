import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import { errorResponses } from '../../platform/http/errors.js'
import { setAgencyContact, setModelDeadline, setModelStatus } from './model-changes.service.js'
import { getModelDetail } from './model-detail.service.js'
import { getScorecard, listAgencies } from './models.service.js'
import type { PlanContext } from './context.js'
import { accessOf } from './plan.policy.js'
import {
  presentAgency,
  presentContact,
  presentDetail,
  presentScorecard,
} from './plan.presenters.js'
import {
  AccessSchema,
  AgencyContactSchema,
  AgencyParams,
  AgencySchema,
  ContactBody,
  DeadlineBody,
  ModelParams,
  ScorecardQuery,
  ScorecardSchema,
  StatusBody,
} from './plan.schemas.js'
import { ModelDetailSchema } from './reports.schemas.js'

const errors = errorResponses
const tags = ['plan']
const READ = { access: 'plan.read' }
const MANAGE = { access: 'plan.manage' }

/** The scorecard, each model's page, and the standing office's status and deadline decisions. */
export const modelRoutes =
  (ctx: PlanContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/access',
      {
        schema: {
          tags,
          summary: 'Quyền của tôi trong Kế hoạch / What I may do in the plan',
          response: { 200: AccessSchema, ...errors(401, 403) },
        },
        config: READ,
      },
      async (request) => accessOf(requirePrincipal(request)),
    )
    app.get(
      '/agencies',
      {
        schema: {
          tags,
          summary: "Các cơ quan trong Kế hoạch / The plan's agencies",
          response: {
            200: Type.Object({ agencies: Type.Array(AgencySchema) }),
            ...errors(401, 403),
          },
        },
        config: READ,
      },
      async () => ({ agencies: (await listAgencies(ctx)).map(presentAgency) }),
    )
    app.put(
      '/agencies/:code/contact',
      {
        schema: {
          tags,
          summary: "Đầu mối nhận nhắc báo cáo / Where an agency's reminders go",
          params: AgencyParams,
          body: ContactBody,
          response: { 200: AgencyContactSchema, ...errors(400, 401, 403, 404) },
        },
        config: MANAGE,
      },
      async (request) =>
        presentContact(
          await setAgencyContact(
            ctx,
            requirePrincipal(request),
            request.params.code,
            request.body.phone,
          ),
        ),
    )
    app.get(
      '/models',
      {
        schema: {
          tags,
          summary: 'Bảng theo dõi 43 mô hình / The scorecard of the 43 models',
          querystring: ScorecardQuery,
          response: { 200: ScorecardSchema, ...errors(400, 401, 403) },
        },
        config: READ,
      },
      async (request) =>
        presentScorecard(await getScorecard(ctx, requirePrincipal(request), request.query)),
    )
    app.get(
      '/models/:no',
      {
        schema: {
          tags,
          summary: 'Một mô hình: báo cáo, lịch sử / One model with its reports and history',
          params: ModelParams,
          response: { 200: ModelDetailSchema, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request) =>
        presentDetail(await getModelDetail(ctx, requirePrincipal(request), request.params.no)),
    )
    app.post(
      '/models/:no/status',
      {
        schema: {
          tags,
          summary: "Cập nhật trạng thái mô hình / Record a model's status",
          params: ModelParams,
          body: StatusBody,
          response: { 200: ModelDetailSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: MANAGE,
      },
      async (request) => {
        await setModelStatus(ctx, requirePrincipal(request), request.params.no, request.body)
        return presentDetail(
          await getModelDetail(ctx, requirePrincipal(request), request.params.no),
        )
      },
    )
    app.put(
      '/models/:no/deadline',
      {
        schema: {
          tags,
          summary: "Ấn định thời hạn mô hình / Set a model's deadline date",
          params: ModelParams,
          body: DeadlineBody,
          response: { 200: ModelDetailSchema, ...errors(400, 401, 403, 404, 422) },
        },
        config: MANAGE,
      },
      async (request) => {
        await setModelDeadline(ctx, requirePrincipal(request), request.params.no, request.body)
        return presentDetail(
          await getModelDetail(ctx, requirePrincipal(request), request.params.no),
        )
      },
    )
  }
