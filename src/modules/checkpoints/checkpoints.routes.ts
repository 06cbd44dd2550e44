import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Database } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import type { IdentityKeys } from '../verification/index.js'
import { ingestCameraBatch } from './camera.service.js'
import { liveOccupancy, visitStatistics } from './occupancy.service.js'
import { scanAtGate } from './passages.service.js'
import {
  presentCameraKey,
  presentOccupancy,
  presentOperator,
  presentPassage,
  presentSite,
  presentVisits,
} from './checkpoints.presenters.js'
import {
  BatchAnswer,
  BatchBody,
  CameraKeyBody,
  CameraKeySchema,
  GateBody,
  IdParams,
  OccupancySchema,
  OperatorBody,
  OperatorList,
  OperatorSchema,
  ScanAnswer,
  ScanBody,
  SiteBody,
  SiteList,
  SiteSchema,
  StaffBody,
  StaffGrantSchema,
  VisitsQuery,
  VisitsSchema,
  WorkersAnswer,
  WorkersBody,
} from './checkpoints.schemas.js'
import {
  addGate,
  addWorkers,
  getSite,
  listOperators,
  listSites,
  nameOperatorStaff,
  registerCameraKey,
  registerOperator,
  registerSite,
} from './sites.service.js'

const tags = ['checkpoints']
const MANAGE = { access: 'checkpoints.sites.manage' } as const
const SCAN = { access: 'checkpoints.gate.scan' } as const
const POST = { access: 'checkpoints.events.post' } as const
const READ = { access: 'checkpoints.occupancy.read' } as const

export interface CheckpointsRouteOptions {
  database: Database
  identity: IdentityKeys
}

const caller = (request: FastifyRequest) => ({
  principal: requirePrincipal(request),
  ip: request.ip,
})

/** Operators, sites and gates (administrators); passages and occupancy (operators, police). */
export const checkpointsRoutes =
  ({ database, identity }: CheckpointsRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = database

    app.post(
      '/operators',
      {
        schema: {
          tags,
          summary: 'Đăng ký đơn vị vận hành / Register a site operator',
          body: OperatorBody,
          response: { 201: OperatorSchema, ...errors(400, 401, 403, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(presentOperator(await registerOperator(db, caller(request), request.body))),
    )
    app.get(
      '/operators',
      {
        schema: {
          tags,
          summary: 'Đơn vị vận hành trong địa bàn / Operators in my units',
          response: { 200: OperatorList, ...errors(401, 403) },
        },
        config: MANAGE,
      },
      async (request) => ({
        operators: (await listOperators(db, requirePrincipal(request))).map(presentOperator),
      }),
    )
    app.post(
      '/operators/:id/staff',
      {
        schema: {
          tags,
          summary: 'Giao nhân viên cho đơn vị vận hành / Name an operator’s staff member',
          params: IdParams,
          body: StaffBody,
          response: { 201: StaffGrantSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        const grant = await nameOperatorStaff(database, caller(request), {
          operatorId: request.params.id,
          personalNumber: request.body.personalNumber,
        })
        return reply.code(201).send({
          grantId: grant.id,
          personalNumber: grant.personalNumber,
          operatorId: request.params.id,
          grantedAt: grant.grantedAt.toISOString(),
        })
      },
    )
    app.post(
      '/sites',
      {
        schema: {
          tags,
          summary: 'Đăng ký điểm kiểm soát ra vào / Register a checkpoint site',
          body: SiteBody,
          response: { 201: SiteSchema, ...errors(400, 401, 403, 404, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        const site = await registerSite(db, caller(request), request.body)
        return reply.code(201).send(presentSite({ ...site, gates: [] }))
      },
    )
    app.get(
      '/sites',
      {
        schema: {
          tags,
          summary: 'Điểm kiểm soát tôi được xem / Sites I may see',
          response: { 200: SiteList, ...errors(401, 403) },
        },
        config: READ,
      },
      async (request) => ({
        sites: (await listSites(db, requirePrincipal(request))).map(presentSite),
      }),
    )
    app.get(
      '/sites/:id',
      {
        schema: {
          tags,
          summary: 'Điểm kiểm soát và các cổng / A site and its gates',
          params: IdParams,
          response: { 200: SiteSchema, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request) =>
        presentSite(await getSite(db, requirePrincipal(request), request.params.id, READ.access)),
    )
    app.post(
      '/sites/:id/gates',
      {
        schema: {
          tags,
          summary: 'Thêm cổng / Add a gate',
          params: IdParams,
          body: GateBody,
          response: { 201: SiteSchema, ...errors(400, 401, 403, 404) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        const who = caller(request)
        await addGate(db, who, { siteId: request.params.id, name: request.body.name })
        return reply
          .code(201)
          .send(presentSite(await getSite(db, who.principal, request.params.id, MANAGE.access)))
      },
    )
    app.post(
      '/sites/:id/camera-keys',
      {
        schema: {
          tags,
          summary: 'Đăng ký khóa của hệ thống camera / Register a camera system key',
          params: IdParams,
          body: CameraKeyBody,
          response: { 201: CameraKeySchema, ...errors(400, 401, 403, 404, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) =>
        reply.code(201).send(
          presentCameraKey(
            await registerCameraKey(db, caller(request), {
              siteId: request.params.id,
              ...request.body,
            }),
          ),
        ),
    )
    app.post(
      '/sites/:id/workers',
      {
        schema: {
          tags,
          summary: 'Danh sách người lao động khu công nghiệp / List an industrial park’s workers',
          params: IdParams,
          body: WorkersBody,
          response: { 200: WorkersAnswer, ...errors(400, 401, 403, 404, 422) },
        },
        config: SCAN,
      },
      async (request) =>
        addWorkers(db, requirePrincipal(request), {
          siteId: request.params.id,
          personalNumbers: request.body.personalNumbers,
        }),
    )
    app.post(
      '/sites/:id/passages',
      {
        schema: {
          tags,
          summary: 'Ghi nhận lượt qua cổng bằng quét mã / Record a passage by scanning a code',
          params: IdParams,
          body: ScanBody,
          response: { 201: ScanAnswer, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: SCAN,
      },
      async (request, reply) => {
        const answer = await scanAtGate(
          db,
          { ...caller(request), identity, now: new Date() },
          { siteId: request.params.id, ...request.body },
        )
        return reply.code(201).send({ ...answer, passage: presentPassage(answer.passage) })
      },
    )
    app.post(
      '/sites/:id/camera-events',
      {
        schema: {
          tags,
          summary: 'Lô sự kiện nhận diện của camera / A signed batch of camera events',
          params: IdParams,
          body: BatchBody,
          response: { 200: BatchAnswer, ...errors(400, 401, 403, 404, 422) },
        },
        config: POST,
        bodyLimit: 4_000_000,
      },
      async (request) =>
        ingestCameraBatch(db, caller(request), {
          siteId: request.params.id,
          batch: request.body.batch,
        }),
    )
    app.get(
      '/sites/:id/occupancy',
      {
        schema: {
          tags,
          summary: 'Số người đang ở trong điểm / Live occupancy',
          params: IdParams,
          response: { 200: OccupancySchema, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request) =>
        presentOccupancy(
          await liveOccupancy(db, requirePrincipal(request), request.params.id, new Date()),
        ),
    )
    app.get(
      '/sites/:id/visits',
      {
        schema: {
          tags,
          summary: 'Lượt khách theo giờ, ngày và nhóm / Visits by hour, day and group',
          params: IdParams,
          querystring: VisitsQuery,
          response: { 200: VisitsSchema, ...errors(400, 401, 403, 404, 422) },
        },
        config: READ,
      },
      async (request) =>
        presentVisits(
          await visitStatistics(
            db,
            requirePrincipal(request),
            { siteId: request.params.id, ...request.query },
            new Date(),
          ),
        ),
    )
  }
