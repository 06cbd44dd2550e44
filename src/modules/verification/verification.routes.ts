import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Database } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import { acceptSheets } from '../../platform/sheets/sheet-table.js'
import { parseCalendarDate, vietnamDays } from '../../platform/time/vietnam.js'
import { listDevices, registerDevice, revokeDevice, kioskCheckIn } from './attestation.service.js'
import { CandidateSheet, MAX_LIST_BYTES, readCandidateSheet } from './candidate-list.js'
import { PURPOSES_OF_KIND, checkIdentity, getCheck, listChecks } from './checks.service.js'
import {
  checkCandidate,
  createSession,
  importCandidates,
  listSessions,
  sessionReport,
} from './exams.service.js'
import { partnerOfStaff } from './partners.service.js'
import type { IdentityKeys } from './presented-identity.js'
import { listEmpty, listFormat } from './verification.errors.js'
import {
  presentCheck,
  presentDevice,
  presentPartner,
  presentReport,
  presentSession,
} from './verification.presenters.js'
import {
  AttestationBody,
  CheckBody,
  CheckList,
  CheckResponse,
  ChecksQuery,
  DeviceBody,
  DeviceList,
  DeviceSchema,
  IdParams,
  ImportReport,
  MyPartnerSchema,
  ReportSchema,
  SessionBody,
  SessionCheckBody,
  SessionCheckResponse,
  SessionList,
  SessionSchema,
} from './verification.schemas.js'

const tags = ['verification']
const CHECK = { access: 'verification.check' }
const STAFF_ERRORS = errors(400, 401, 403, 404, 409, 422)

export interface VerificationRouteOptions {
  database: Database
  identity: IdentityKeys
}

/** A day filter as the instants it covers (Vietnam days); a day that is no date is ignored. */
function span(query: { from?: string | undefined; to?: string | undefined }) {
  const from = query.from && parseCalendarDate(query.from)
  const to = query.to && parseCalendarDate(query.to)
  return {
    from: from ? vietnamDays({ from, to: from }).from : undefined,
    to: to ? vietnamDays({ from: to, to }).to : undefined,
  }
}

/** @throws VERIFICATION_LIST_EMPTY without a body, VERIFICATION_LIST_FORMAT for another type */
function sheetOf(body: unknown): CandidateSheet {
  if (body === undefined || body === null) throw listEmpty()
  if (!(body instanceof CandidateSheet)) throw listFormat()
  return body
}

/** What partners' staff check (administrators' routes: partners.routes.ts). */
export const verificationRoutes =
  ({ database, identity }: VerificationRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = database
    acceptSheets(app, MAX_LIST_BYTES, readCandidateSheet)

    app.get(
      '/partner',
      {
        schema: {
          tags,
          summary: 'Đơn vị của tôi / The partner I work for',
          response: { 200: MyPartnerSchema, ...errors(401, 403) },
        },
        config: CHECK,
      },
      async (request) => {
        const partner = await partnerOfStaff(db, requirePrincipal(request))
        return { partner: presentPartner(partner), purposes: [...PURPOSES_OF_KIND[partner.kind]] }
      },
    )
    app.post(
      '/checks',
      {
        schema: {
          tags,
          summary: 'Kiểm tra danh tính bằng mã QR / Check an identity by QR',
          body: CheckBody,
          response: { 201: CheckResponse, ...STAFF_ERRORS },
        },
        config: CHECK,
      },
      async (request, reply) => {
        const recorded = await checkIdentity(db, identity, {
          principal: requirePrincipal(request),
          ip: request.ip,
          ...request.body,
        })
        return reply
          .code(201)
          .send({ check: presentCheck(recorded.check), presented: recorded.presented })
      },
    )
    app.get(
      '/checks',
      {
        schema: {
          tags,
          summary: 'Các lượt kiểm tra của đơn vị / My partner’s checks',
          querystring: ChecksQuery,
          response: { 200: CheckList, ...errors(400, 401, 403) },
        },
        config: CHECK,
      },
      async (request) => {
        const { purpose, method, result, limit } = request.query
        const checks = await listChecks(db, requirePrincipal(request), {
          purpose,
          method,
          result,
          ...span(request.query),
          limit: limit ?? 50,
        })
        return { checks: checks.map(presentCheck) }
      },
    )
    app.get(
      '/checks/:id',
      {
        schema: {
          tags,
          summary: 'Một lượt kiểm tra / One check',
          params: IdParams,
          response: { 200: CheckResponse, ...errors(400, 401, 403, 404) },
        },
        config: CHECK,
      },
      async (request) => ({
        check: presentCheck(await getCheck(db, requirePrincipal(request), request.params.id)),
        presented: null,
      }),
    )

    app.post(
      '/devices',
      {
        schema: {
          tags,
          summary: 'Đăng ký khoá của ki-ốt / Register a kiosk device key',
          body: DeviceBody,
          response: { 201: DeviceSchema, ...errors(400, 401, 403, 422) },
        },
        config: CHECK,
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            presentDevice(
              await registerDevice(
                db,
                await partnerOfStaff(db, requirePrincipal(request)),
                request.body,
              ),
            ),
          ),
    )
    app.get(
      '/devices',
      {
        schema: {
          tags,
          summary: 'Các ki-ốt của đơn vị / My partner’s kiosk devices',
          response: { 200: DeviceList, ...errors(401, 403) },
        },
        config: CHECK,
      },
      async (request) => ({
        devices: (await listDevices(db, await partnerOfStaff(db, requirePrincipal(request)))).map(
          presentDevice,
        ),
      }),
    )
    app.delete(
      '/devices/:id',
      {
        schema: {
          tags,
          summary: 'Thu hồi khoá của ki-ốt / Revoke a kiosk device key',
          params: IdParams,
          response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
        },
        config: CHECK,
      },
      async (request, reply) => {
        await revokeDevice(
          db,
          await partnerOfStaff(db, requirePrincipal(request)),
          request.params.id,
        )
        return reply.code(204).send(null)
      },
    )
    app.post(
      '/kiosk/check-ins',
      {
        schema: {
          tags,
          summary:
            'Ki-ốt tự phục vụ: xác nhận sinh trắc học đã ký / Kiosk self check-in by signed biometric attestation',
          description:
            'The signature by a registered device key is the credential: no session. A JWS ES256 with kid = device id; payload { sub, match, iat, nonce }.',
          body: AttestationBody,
          response: { 201: CheckResponse, ...errors(400, 401, 409, 422) },
        },
        config: { access: 'public' },
      },
      async (request, reply) => {
        const recorded = await kioskCheckIn(db, {
          attestation: request.body.attestation,
          ip: request.ip,
        })
        return reply.code(201).send({ check: presentCheck(recorded.check), presented: null })
      },
    )

    app.post(
      '/sessions',
      {
        schema: {
          tags,
          summary: 'Tạo kỳ thi / Create an exam session',
          body: SessionBody,
          response: { 201: SessionSchema, ...errors(400, 401, 403) },
        },
        config: CHECK,
      },
      async (request, reply) =>
        reply.code(201).send(
          presentSession(
            await createSession(db, requirePrincipal(request), {
              title: request.body.title,
              startsAt: new Date(request.body.startsAt),
            }),
          ),
        ),
    )
    app.get(
      '/sessions',
      {
        schema: {
          tags,
          summary: 'Các kỳ thi của đơn vị / My partner’s exam sessions',
          response: { 200: SessionList, ...errors(401, 403) },
        },
        config: CHECK,
      },
      async (request) => ({
        sessions: (await listSessions(db, requirePrincipal(request))).map(presentSession),
      }),
    )
    app.get(
      '/sessions/:id',
      {
        schema: {
          tags,
          summary: 'Kỳ thi và báo cáo điểm danh / A session and its attendance report',
          params: IdParams,
          response: { 200: ReportSchema, ...errors(400, 401, 403, 404) },
        },
        config: CHECK,
      },
      async (request) =>
        presentReport(await sessionReport(db, requirePrincipal(request), request.params.id)),
    )
    app.post(
      '/sessions/:id/candidates',
      {
        schema: {
          tags,
          summary: 'Nhập danh sách thí sinh (CSV, XLSX) / Import the candidate list (CSV, XLSX)',
          params: IdParams,
          response: { 200: ImportReport, ...errors(400, 401, 403, 404, 413, 415, 422) },
        },
        config: CHECK,
      },
      async (request) =>
        importCandidates(db, requirePrincipal(request), {
          sessionId: request.params.id,
          sheet: sheetOf(request.body),
        }),
    )
    app.post(
      '/sessions/:id/checks',
      {
        schema: {
          tags,
          summary: 'Kiểm tra thí sinh tại cửa phòng thi / Check a candidate at the door',
          params: IdParams,
          body: SessionCheckBody,
          response: { 201: SessionCheckResponse, ...STAFF_ERRORS },
        },
        config: CHECK,
      },
      async (request, reply) => {
        const recorded = await checkCandidate(db, identity, {
          principal: requirePrincipal(request),
          ip: request.ip,
          sessionId: request.params.id,
          code: request.body.code,
        })
        return reply.code(201).send({
          check: presentCheck(recorded.check),
          presented: recorded.presented,
          candidate: recorded.candidate && {
            line: recorded.candidate.line,
            personalNumber: recorded.candidate.personalNumber,
            fullName: recorded.candidate.fullName,
            birthDate: recorded.candidate.birthDate,
            seat: recorded.candidate.seat,
          },
        })
      },
    )
  }
